package dev.surql.core.rollback;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.snapshot.DatabaseSchema;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RollbackAnalyzer#analyze(java.util.List, RollbackAnalysisOptions)} knows besides the
 * downs: the database whose data it may count ({@link #withClient(SurqlClient)}; without one it
 * gives the static level only) and the schema the first down would run on ({@link
 * #withSchema(DatabaseSchema)}; without one a redefinition of an existing element counts as a
 * change). Immutable; every {@code withX} returns a new instance.
 *
 * <pre>{@code
 * RollbackAnalyzer.analyze(toUndo, RollbackAnalysisOptions.staticLevel().withSchema(schema));
 * RollbackAnalyzer.analyze(toUndo, RollbackAnalysisOptions.staticLevel().withClient(client).withSchema(schema));
 * }</pre>
 */
public final class RollbackAnalysisOptions {
  private static final RollbackAnalysisOptions STATIC = new RollbackAnalysisOptions(null, null);

  private final SurqlClient client;
  private final DatabaseSchema schema;

  private RollbackAnalysisOptions(SurqlClient client, DatabaseSchema schema) {
    this.client = client;
    this.schema = schema;
  }

  /** The static level, against an unknown schema: no data is counted. */
  public static RollbackAnalysisOptions staticLevel() {
    return STATIC;
  }

  /** These options, counting the data at stake in the database {@code client} is bound to. */
  public RollbackAnalysisOptions withClient(SurqlClient client) {
    return new RollbackAnalysisOptions(Objects.requireNonNull(client, "client"), schema);
  }

  /** These options, with the schema the first down runs on. */
  public RollbackAnalysisOptions withSchema(DatabaseSchema schema) {
    return new RollbackAnalysisOptions(client, Objects.requireNonNull(schema, "schema"));
  }

  /** The client of the database to count data in; empty for the static level only. */
  public Optional<SurqlClient> client() {
    return Optional.ofNullable(client);
  }

  /** The schema before the rollback; empty if unknown. */
  public Optional<DatabaseSchema> schema() {
    return Optional.ofNullable(schema);
  }

  @Override
  public String toString() {
    return "RollbackAnalysisOptions["
        + (client == null
            ? "static level"
            : "counting in " + client.settings().namespace() + "/" + client.settings().database())
        + (schema == null ? ", schema unknown" : ", schema given")
        + "]";
  }
}
