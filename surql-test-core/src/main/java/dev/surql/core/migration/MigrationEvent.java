package dev.surql.core.migration;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.Required;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link MigrationListener} is told about one migration being applied or rolled back by a
 * {@link Migrator}: the client it runs on, the migration, the direction, how many migrations this
 * run has completed so far, and, in the {@code after…} callbacks, how long it took.
 *
 * <p>Built with {@link #builder()}, which needs {@code client}, {@code migration} and {@code
 * direction}; {@link #toBuilder()} copies one to change.
 */
public final class MigrationEvent {
  private final SurqlClient client;
  private final Migration migration;
  private final MigrationDirection direction;
  private final int completedCount;
  private final Optional<Duration> duration;

  private MigrationEvent(
      SurqlClient client,
      Migration migration,
      MigrationDirection direction,
      int completedCount,
      Optional<Duration> duration) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(direction, "direction");
    if (completedCount < 0) {
      throw new IllegalArgumentException("completedCount must be >= 0, but was " + completedCount);
    }
    Objects.requireNonNull(duration, "duration");
    this.client = client;
    this.migration = migration;
    this.direction = direction;
    this.completedCount = completedCount;
    this.duration = duration;
  }

  /** A builder of {@code MigrationEvent}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this migration event's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.client = client;
    builder.migration = migration;
    builder.direction = direction;
    builder.completedCount = completedCount;
    builder.duration = duration;
    return builder;
  }

  /** The client the migration runs on (its namespace and database). */
  public SurqlClient client() {
    return client;
  }

  /** The migration being applied or rolled back. */
  public Migration migration() {
    return migration;
  }

  /** {@link MigrationDirection#UP} for migrate, {@link MigrationDirection#DOWN} for rollback. */
  public MigrationDirection direction() {
    return direction;
  }

  /**
   * Migrations this run has completed, this one included in {@code after…} callbacks and excluded
   * in {@code before…} callbacks.
   */
  public int completedCount() {
    return completedCount;
  }

  /** How long the transaction took; empty in {@code before…} callbacks. */
  public Optional<Duration> duration() {
    return duration;
  }

  /** The migration's version. */
  public String version() {
    return migration.version();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof MigrationEvent that
        && client.equals(that.client)
        && migration.equals(that.migration)
        && direction.equals(that.direction)
        && completedCount == that.completedCount
        && duration.equals(that.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(client, migration, direction, completedCount, duration);
  }

  @Override
  public String toString() {
    return "MigrationEvent[client="
        + client
        + ", migration="
        + migration
        + ", direction="
        + direction
        + ", completedCount="
        + completedCount
        + ", duration="
        + duration
        + "]";
  }

  /**
   * Collects the values of a {@link MigrationEvent}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private SurqlClient client;
    private Migration migration;
    private MigrationDirection direction;
    private int completedCount;
    private Optional<Duration> duration = Optional.empty();

    private Builder() {}

    /**
     * Sets {@link MigrationEvent#client()}: the client the migration runs on (its namespace and
     * database).
     */
    public Builder client(SurqlClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Sets {@link MigrationEvent#migration()}: the migration being applied or rolled back. */
    public Builder migration(Migration migration) {
      this.migration = Objects.requireNonNull(migration, "migration");
      return this;
    }

    /**
     * Sets {@link MigrationEvent#direction()}: {@link MigrationDirection#UP} for migrate, {@link
     * MigrationDirection#DOWN} for rollback.
     */
    public Builder direction(MigrationDirection direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sets {@link MigrationEvent#completedCount()}: migrations this run has completed, this one
     * included in {@code after…} callbacks and excluded in {@code before…} callbacks.
     */
    public Builder completedCount(int completedCount) {
      this.completedCount = completedCount;
      return this;
    }

    /**
     * Sets {@link MigrationEvent#duration()}: how long the transaction took; empty in {@code
     * before…} callbacks.
     */
    public Builder duration(Optional<Duration> duration) {
      this.duration = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /** Sets {@link MigrationEvent#duration()} to {@code duration}. */
    public Builder duration(Duration duration) {
      this.duration = Optional.of(Objects.requireNonNull(duration, "duration"));
      return this;
    }

    /**
     * The migration event of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public MigrationEvent build() {
      Required.set(client, "MigrationEvent", "client");
      Required.set(migration, "MigrationEvent", "migration");
      Required.set(direction, "MigrationEvent", "direction");
      return new MigrationEvent(client, migration, direction, completedCount, duration);
    }
  }
}
