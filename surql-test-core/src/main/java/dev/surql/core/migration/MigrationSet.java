package dev.surql.core.migration;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.migration.MigrationVersions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The migrations found at one location, ordered by version (see {@code MigrationVersions}), with
 * notes the loader made while reading them (for example an explicit {@code BEGIN}/{@code COMMIT} it
 * removed because each migration already runs in its own transaction).
 *
 * @param location where the migrations were loaded from (a directory, {@code classpath:} location,
 *     or a description such as {@code java})
 * @param migrations the migrations in version order, versions unique
 * @param notes non-fatal observations, each naming file and line
 */
public record MigrationSet(
    String location, List<Migration> migrations, List<MigrationProblem> notes) {

  public MigrationSet {
    Objects.requireNonNull(location, "location");
    List<Migration> sorted = new ArrayList<>(Objects.requireNonNull(migrations, "migrations"));
    sorted.sort((a, b) -> MigrationVersions.compare(a.version(), b.version()));
    Set<String> seen = new HashSet<>();
    for (Migration migration : sorted) {
      if (!seen.add(migration.version())) {
        throw new IllegalArgumentException(
            "migrations contain version " + migration.version() + " twice");
      }
    }
    migrations = List.copyOf(sorted);
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
  }

  /** A set of the given migrations, without notes. */
  public static MigrationSet of(String location, List<Migration> migrations) {
    return new MigrationSet(location, migrations, List.of());
  }

  /** An empty set. */
  public static MigrationSet empty(String location) {
    return new MigrationSet(location, List.of(), List.of());
  }

  /** The migration with this version, if any. */
  public Optional<Migration> find(String version) {
    Objects.requireNonNull(version, "version");
    return migrations.stream().filter(m -> m.version().equals(version)).findFirst();
  }

  /**
   * The migration with this version.
   *
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) naming the known versions if there
   *     is none
   */
  public Migration get(String version) {
    return find(version).orElseThrow(() -> unknownVersion(version));
  }

  /** Whether a migration has this version. */
  public boolean contains(String version) {
    return find(version).isPresent();
  }

  /** The newest migration, if any. */
  public Optional<Migration> latest() {
    return migrations.isEmpty()
        ? Optional.empty()
        : Optional.of(migrations.get(migrations.size() - 1));
  }

  /** All versions, in order. */
  public List<String> versions() {
    return migrations.stream().map(Migration::version).toList();
  }

  /** The migrations strictly older than {@code version} (which need not be in the set). */
  public List<Migration> before(String version) {
    Objects.requireNonNull(version, "version");
    return migrations.stream()
        .filter(m -> MigrationVersions.compare(m.version(), version) < 0)
        .toList();
  }

  /**
   * The migrations up to and including {@code version}.
   *
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) naming the known versions if the
   *     version is not in the set
   */
  public List<Migration> upTo(String version) {
    if (!contains(version)) {
      throw unknownVersion(version);
    }
    return migrations.stream()
        .filter(m -> MigrationVersions.compare(m.version(), version) <= 0)
        .toList();
  }

  /** How many migrations there are. */
  public int size() {
    return migrations.size();
  }

  /** Whether there are no migrations. */
  public boolean isEmpty() {
    return migrations.isEmpty();
  }

  SurqlException unknownVersion(String version) {
    return new SurqlException(
        ErrorCode.MIGRATION_INVALID,
        "Unknown migration version '"
            + version
            + "' in "
            + location
            + ". Known versions: "
            + (migrations.isEmpty() ? "(none)" : String.join(", ", versions()))
            + ".");
  }
}
