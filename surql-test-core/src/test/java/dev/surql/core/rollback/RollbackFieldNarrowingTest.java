package dev.surql.core.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.analysis.FieldNarrowing;
import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.migration.Migration;
import dev.surql.core.snapshot.Snapshots;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A down that narrows a field by any clause is not SAFE: the rollback analysis uses the same {@link
 * FieldNarrowing} model as the forward analysis. Before this model, removing FLEXIBLE, adding
 * READONLY and changing VALUE were judged SAFE, though stored values stop fitting or are rewritten.
 */
class RollbackFieldNarrowingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      option removed    | DEFINE FIELD OVERWRITE note ON doc TYPE string                            | changes its type from none | string to string
      FLEXIBLE removed  | DEFINE FIELD OVERWRITE meta ON doc TYPE option<object>                    | drops FLEXIBLE
      READONLY added    | DEFINE FIELD OVERWRITE title ON doc TYPE string READONLY                  | adds READONLY
      VALUE changed     | DEFINE FIELD OVERWRITE title ON doc TYPE string VALUE string::trim($value) | adds VALUE string::trim($value)
      ASSERT tightened  | DEFINE FIELD OVERWRITE title ON doc TYPE string ASSERT $value != ''       | adds ASSERT $value != ''
      """)
  void aDownThatNarrowsAFieldIsDataLoss(String clause, String down, String description) {
    try (SurqlDatabase database = SurqlDatabase.create(SurqlEngines.shared(), "rb_narrow")) {
      SurqlClient client = database.client();
      client.query(
          """
          DEFINE TABLE doc SCHEMAFULL;
          DEFINE FIELD title ON doc TYPE string;
          DEFINE FIELD note ON doc TYPE option<string>;
          DEFINE FIELD meta ON doc TYPE option<object> FLEXIBLE;
          CREATE doc:1 SET title = 'a', meta = { k: 1 };
          """);
      Migration migration =
          Migration.builder()
              .version("20260101_000000")
              .description("m")
              .source("V1.surql")
              .down(StatementSplitter.split(down, "V1.surql"))
              .checksum("sum")
              .build();
      List<RollbackIssue> issues =
          RollbackAnalyzer.analyzeStatic(migration, Snapshots.captureSchema(client));
      assertThat(issues)
          .singleElement()
          .satisfies(
              issue -> {
                assertThat(issue.staticSafety()).isEqualTo(RollbackSafety.DATA_LOSS);
                assertThat(issue.description()).contains(description);
              });
    }
  }
}
