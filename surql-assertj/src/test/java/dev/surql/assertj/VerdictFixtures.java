package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.field;
import static dev.surql.assertj.Fixtures.issue;
import static dev.surql.assertj.Fixtures.migration;
import static dev.surql.assertj.Fixtures.roundTrip;
import static dev.surql.assertj.Fixtures.snapshot;
import static dev.surql.assertj.Fixtures.table;

import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import java.util.List;
import java.util.Optional;

/**
 * Verdicts for the {@code MigrationVerdictAssert} tests: a clean one, a broken one, one without a
 * round trip.
 */
final class VerdictFixtures {
  static final SchemaSnapshot S0 = snapshot("S0", table("user", field("user", "email", "string")));
  static final SchemaSnapshot S1 =
      snapshot(
          "S1", table("user", field("user", "email", "string"), field("user", "bio", "string")));
  static final SchemaSnapshot S2 =
      snapshot("S2", table("user", field("user", "email", "option<string>")));

  static final ReversibilityResult GOOD_TRIP =
      roundTrip("V1", ReversibilityStatus.REVERSIBLE, S0, S0, S1, S1);
  static final ReversibilityResult BROKEN_TRIP =
      roundTrip("V2", ReversibilityStatus.NOT_REVERSIBLE, S0, S2, S1, S1);

  /** V1: reversible, analysed SAFE, nothing declared. */
  static final MigrationVerdict GOOD =
      MigrationVerdict.builder()
          .migration(migration("V1"))
          .reversibility(GOOD_TRIP)
          .analysedSafety(RollbackSafety.SAFE)
          .build();

  /** V2: not reversible, analysed DATA_LOSS, declared SAFE. */
  static final MigrationVerdict BROKEN =
      MigrationVerdict.builder()
          .migration(migration("V2", Optional.of(RollbackSafety.SAFE)))
          .reversibility(BROKEN_TRIP)
          .analysedSafety(RollbackSafety.DATA_LOSS)
          .declaredSafety(RollbackSafety.SAFE)
          .rollbackIssues(
              List.of(
                  issue("V2", RollbackSafety.DATA_LOSS, "Removes field bio on table user", 12L)))
          .build();

  /** V3: only applied, no round trip. */
  static final MigrationVerdict APPLIED_ONLY =
      MigrationVerdict.builder()
          .migration(migration("V3"))
          .analysedSafety(RollbackSafety.UNSAFE)
          .build();

  private VerdictFixtures() {}
}
