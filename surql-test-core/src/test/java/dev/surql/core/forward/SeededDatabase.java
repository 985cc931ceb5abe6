package dev.surql.core.forward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.internal.analysis.NextWrites;
import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.migration.Migration;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.Snapshots;
import java.util.List;

/**
 * A fresh database on the shared real engine of a SurrealDB release line, seeded for one test:
 * analyses an up against it (read-only), applies the up, and re-writes the records an issue
 * predicts in cancelled transactions.
 */
final class SeededDatabase implements AutoCloseable {
  private final SurqlDatabase database;
  final SurqlClient client;

  final SurrealVersion version;

  private SeededDatabase(SurrealVersion version, String seed) {
    this.version = version;
    this.database =
        SurqlDatabase.create(
            SurqlEngines.shared(EngineConfig.fromEnvironment().withVersion(version)), "fw");
    this.client = database.client();
    if (!seed.isBlank()) {
      client.query(seed);
    }
  }

  /** A database on the engine of {@code version}'s release line. */
  static SeededDatabase with(SurrealVersion version, String seed) {
    return new SeededDatabase(version, seed);
  }

  /** Whether the engine refuses writes that 2.x answered by dropping values silently. */
  boolean refusesUndefinedValues() {
    return version.major() >= 3;
  }

  static Migration migration(String up) {
    return Migration.builder()
        .version("20260101_000000")
        .description("up under test")
        .source("V1.surql")
        .up(StatementSplitter.split(up, "V1.surql"))
        .checksum("sum")
        .build();
  }

  DatabaseSchema schema() {
    return Snapshots.captureSchema(client);
  }

  /** The data-aware analysis; checks that it changed neither data nor schema. */
  List<ForwardIssue> analyze(String up) {
    return analyze(up, ForwardSettings.defaults());
  }

  List<ForwardIssue> analyze(String up, ForwardSettings settings) {
    DatabaseSchema before = schema();
    String data = dump();
    List<ForwardIssue> issues = ForwardAnalyzer.analyze(migration(up), client, before, settings);
    assertThat(schema()).as("schema after the read-only analysis").isEqualTo(before);
    assertThat(dump()).as("data after the read-only analysis").isEqualTo(data);
    return issues;
  }

  List<ForwardIssue> analyzeStatic(String up) {
    return ForwardAnalyzer.analyzeStatic(migration(up), schema());
  }

  /** The only issue of {@code rule}. */
  static ForwardIssue only(List<ForwardIssue> issues, Rule rule) {
    List<ForwardIssue> matching = issues.stream().filter(i -> i.rule() == rule).toList();
    assertThat(matching).as("issues of %s in %s", rule.label(), issues).hasSize(1);
    return matching.get(0);
  }

  void apply(String up) {
    client.query(up);
  }

  NextWrites.Outcome rewrite(ForwardIssue issue) {
    return NextWrites.rewrite(client, issue.sampleRecords());
  }

  /** Every record of every table, as JSON text. */
  String dump() {
    StringBuilder out = new StringBuilder();
    for (String table : schema().tables().keySet()) {
      out.append(
          client
              .query("SELECT * FROM " + dev.surql.core.internal.sql.SurqlIdentifiers.escape(table))
              .last()
              .json());
    }
    return out.toString();
  }

  @Override
  public void close() {
    database.close();
  }
}
