package dev.surql.core.internal.migration;

import dev.surql.core.client.StatementResult;
import dev.surql.core.migration.ExecutedMigration;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.Migrator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The way in to one step of a {@link Migrator} that also reads: apply or revert a migration and run
 * read-only statements in the same request, after its transaction commits ({@link
 * dev.surql.core.client.SurqlClient#transactionThenRead}). A walk that snapshots after every step
 * saves a round trip per step this way. {@link Migrator} installs its {@link Access} here when its
 * class initializes (the JDK's "shared secrets" pattern), so its public API stays as it is.
 */
public final class MigrationSteps {

  /** What {@link Migrator} lets internal code do; implemented by {@link Migrator} alone. */
  public interface Access {
    /** {@link Migrator#apply(Migration)}, with {@code reads} after the commit. */
    Step apply(Migrator migrator, Migration migration, List<String> reads);

    /** {@link Migrator#revert(Migration)}, with {@code reads} after the commit. */
    Step revert(Migrator migrator, Migration migration, List<String> reads);
  }

  /**
   * An applied or reverted migration and the results of the reads that ran after it: one per read,
   * failed ones included; empty when the migration ran statement by statement ({@code --
   * @transaction: none}), whose steps run no reads, so the caller reads on its own.
   */
  public record Step(ExecutedMigration executed, Optional<List<StatementResult>> reads) {
    public Step {
      Objects.requireNonNull(executed, "executed");
      Objects.requireNonNull(reads, "reads");
    }
  }

  private static volatile Access access;

  private MigrationSteps() {}

  /**
   * Installs {@link Migrator}'s accessor; called once from its static initializer.
   *
   * @throws IllegalStateException if an accessor is installed already
   */
  public static synchronized void install(Access migratorAccess) {
    Objects.requireNonNull(migratorAccess, "migratorAccess");
    if (access != null) {
      throw new IllegalStateException("Migrator's accessor is installed already");
    }
    access = migratorAccess;
  }

  /** Applies {@code migration} as {@link Migrator#apply(Migration)} does, then runs the reads. */
  public static Step apply(Migrator migrator, Migration migration, List<String> reads) {
    return access().apply(migrator, migration, reads);
  }

  /** Reverts {@code migration} as {@link Migrator#revert(Migration)} does, then runs the reads. */
  public static Step revert(Migrator migrator, Migration migration, List<String> reads) {
    return access().revert(migrator, migration, reads);
  }

  private static Access access() {
    Access installed = access;
    if (installed == null) {
      try {
        Class.forName(Migrator.class.getName(), true, Migrator.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      installed = access;
    }
    return installed;
  }
}
