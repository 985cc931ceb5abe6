package dev.surql.examples.conformance;

import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;
import static dev.surql.core.rule.Rule.UP_CHANGED_NOTHING;

import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Five migration histories from public repositories (under {@code conformance/}, each with a {@code
 * SOURCE.md} naming its repository, commit, licence and what was adapted), verified on the real
 * engine of each release line they meet: 3.0 (the default) and 2.6, the line four of them were
 * written for. The verdicts were reviewed by hand; a change in what surql-test concludes about a
 * real schema fails the build. SOURCE.md explains the surprising ones.
 */
class ConformanceCorpusTest {

  private static SurrealEngine engine(SurrealVersion version) {
    return SurqlEngines.shared(EngineConfig.fromEnvironment().withVersion(version));
  }

  @Nested
  class OnSurrealDb30 {
    private final SurrealEngine engine = engine(SurrealVersion.V3_0);

    @Test
    void summer() {
      HistoryVerdicts.history("summer")
          .reversible("000", UNSAFE)
          // 3.0.2 refuses an index on a path through a record link (statement.date); 2.x accepted
          // it
          .upFails(
              "001",
              UNSAFE,
              "001_initial_schema.surql:45",
              "Internal: The field 'statement.date' does not exist")
          .notAttempted("002", SAFE, "001")
          .notAttempted("003", DATA_LOSS, "001")
          .notAttempted("004", DATA_LOSS, "001")
          .verifyOn(engine);
    }

    @Test
    void scio() {
      HistoryVerdicts.history("scio")
          .reversible("0001", UNSAFE)
          // the 2.x full-text index syntax (SEARCH ANALYZER) is FULLTEXT ANALYZER in 3.x
          .upFails(
              "0002",
              DATA_LOSS,
              "0002_fts.surql:11",
              "Parse error: Unexpected token `an identifier`, expected Eof")
          .notAttempted("0003", DATA_LOSS, "0002")
          .notAttempted("0004", DATA_LOSS, "0002")
          .notAttempted("0004.1", DATA_LOSS, "0002")
          .notAttempted("0005", DATA_LOSS, "0002")
          .verifyOn(engine);
    }

    @Test
    void plexus() {
      HistoryVerdicts.history("plexus")
          .reversible("0001", UNSAFE)
          .reversible("0002", DATA_LOSS)
          // 2.x wrote FLEXIBLE before TYPE; 3.x wants it after
          .upFails(
              "0003",
              DATA_LOSS,
              "0003_flexible_json_fields.surql:16",
              "Parse error: FLEXIBLE must be specified after TYPE")
          .notAttempted("0004", UNSAFE, "0003")
          .notAttempted("0005", UNSAFE, "0003")
          .notAttempted("0006", SAFE, "0003")
          .notAttempted("0007", DATA_LOSS, "0003")
          .notAttempted("0008", DATA_LOSS, "0003")
          .notAttempted("0009", DATA_LOSS, "0003")
          .verifyOn(engine);
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
          .verifyOn(engine);
    }

    @Test
    void recall() {
      HistoryVerdicts.history("recall").reversible("0001", UNSAFE).verifyOn(engine);
    }
  }

  @Nested
  class OnSurrealDb26 {
    private final SurrealEngine engine = engine(SurrealVersion.V2_6);

    @Test
    void summer() {
      HistoryVerdicts.history("summer")
          .reversible("000", UNSAFE)
          .reversible("001", UNSAFE)
          .reversible("002", SAFE)
          .reversible("003", DATA_LOSS)
          .reversible("004", SAFE)
          .verifyOn(engine);
    }

    @Test
    void scio() {
      HistoryVerdicts.history("scio")
          .reversible("0001", UNSAFE)
          .reversible("0002", DATA_LOSS)
          .reversible("0003", SAFE)
          .reversible("0004", DATA_LOSS)
          // both redefine what is already there, exactly as it is
          .reversible("0004.1", SAFE, UP_CHANGED_NOTHING)
          .reversible("0005", SAFE, UP_CHANGED_NOTHING)
          .verifyOn(engine);
    }

    @Test
    void plexus() {
      HistoryVerdicts.history("plexus")
          .reversible("0001", UNSAFE)
          .reversible("0002", DATA_LOSS)
          // the down drops FLEXIBLE: the undeclared keys go on the next write
          .reversible("0003", DATA_LOSS)
          .reversible("0004", UNSAFE)
          .reversible("0005", UNSAFE)
          .reversible("0006", SAFE)
          .reversible("0007", DATA_LOSS)
          .reversible("0008", DATA_LOSS)
          .reversible("0009", DATA_LOSS)
          .verifyOn(engine);
    }

    @Test
    void open_notebook() {
      HistoryVerdicts.history("open-notebook")
          // the authors' down deletes the record the up creates, not the table it implicitly
          // defines
          .notReversible("1", UNSAFE)
          .reversible("2", DATA_LOSS)
          .reversible("3", UNSAFE)
          .reversible("4", SAFE)
          .downFails(
              "5",
              UNSAFE,
              "5.surql:94",
              "There was a problem with the database: Parse error: Unexpected token `SCHEMAFULL`, expected Eof")
          // renames a provider in table model, which a new database has no records in
          .reversible("6", DATA_LOSS, UP_CHANGED_NOTHING)
          .upFails("7", UNSAFE, "7.surql:18", "Error: The table 'speaker_profile' does not exist")
          .notAttempted("8", DATA_LOSS, "7")
          .notAttempted("9", SAFE, "7")
          .notAttempted("10", SAFE, "7")
          .verifyOn(engine);
    }

    @Test
    void recall() {
      HistoryVerdicts.history("recall")
          // written for 3.x: 2.x spells the full-text index SEARCH ANALYZER
          .upFails(
              "0001",
              UNSAFE,
              "0001_init.surql:50",
              "There was a problem with the database: Parse error: Unexpected token `an identifier`, expected Eof")
          .verifyOn(engine);
    }
  }
}
