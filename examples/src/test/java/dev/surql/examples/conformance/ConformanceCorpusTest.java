package dev.surql.examples.conformance;

import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;

import dev.surql.core.engine.SurqlEngines;
import org.junit.jupiter.api.Test;

/**
 * Five migration histories from public repositories (under {@code conformance/}, each with a
 * {@code SOURCE.md} naming its repository, commit, licence and what was adapted), verified on the
 * real engine. The verdicts were reviewed by hand; a change in what surql-test concludes about a real
 * schema fails the build. SOURCE.md explains the surprising ones.
 */
class ConformanceCorpusTest {

  @Test
  void summer() {
    HistoryVerdicts.history("summer")
        .reversible("000", UNSAFE)
        // 3.0.2 refuses an index on a path through a record link (statement.date); 2.x accepted it
        .upFails("001", UNSAFE, "001_initial_schema.surql:45", "Internal: The field 'statement.date' does not exist")
        .notAttempted("002", SAFE, "001")
        .notAttempted("003", DATA_LOSS, "001")
        .notAttempted("004", DATA_LOSS, "001")
        .verifyOn(SurqlEngines.shared());
  }

  @Test
  void scio() {
    HistoryVerdicts.history("scio")
        .reversible("0001", UNSAFE)
        // the 2.x full-text index syntax (SEARCH ANALYZER) is FULLTEXT ANALYZER in 3.x
        .upFails("0002", DATA_LOSS, "0002_fts.surql:11", "Parse error: Unexpected token `an identifier`, expected Eof")
        .notAttempted("0003", DATA_LOSS, "0002")
        .notAttempted("0004", DATA_LOSS, "0002")
        .notAttempted("0004.1", DATA_LOSS, "0002")
        .notAttempted("0005", DATA_LOSS, "0002")
        .verifyOn(SurqlEngines.shared());
  }

  @Test
  void plexus() {
    HistoryVerdicts.history("plexus")
        .reversible("0001", UNSAFE)
        .reversible("0002", DATA_LOSS)
        // 2.x wrote FLEXIBLE before TYPE; 3.x wants it after
        .upFails("0003", DATA_LOSS, "0003_flexible_json_fields.surql:16",
            "Parse error: FLEXIBLE must be specified after TYPE")
        .notAttempted("0004", UNSAFE, "0003")
        .notAttempted("0005", UNSAFE, "0003")
        .notAttempted("0006", SAFE, "0003")
        .notAttempted("0007", DATA_LOSS, "0003")
        .notAttempted("0008", DATA_LOSS, "0003")
        .notAttempted("0009", DATA_LOSS, "0003")
        .verifyOn(SurqlEngines.shared());
  }

  @Test
  void open_notebook() {
    HistoryVerdicts.history("open-notebook")
        .upFails("1", UNSAFE, "1.surql:10", "Parse error: FLEXIBLE must be specified after TYPE")
        .notAttempted("2", DATA_LOSS, "1")
        .notAttempted("3", UNSAFE, "1")
        .notAttempted("4", SAFE, "1")
        .notAttempted("5", UNSAFE, "1")
        .notAttempted("6", DATA_LOSS, "1")
        .notAttempted("7", UNSAFE, "1")
        .notAttempted("8", DATA_LOSS, "1")
        .notAttempted("9", SAFE, "1")
        .notAttempted("10", SAFE, "1")
        .verifyOn(SurqlEngines.shared());
  }

  @Test
  void recall() {
    HistoryVerdicts.history("recall")
        .reversible("0001", UNSAFE)
        .verifyOn(SurqlEngines.shared());
  }
}
