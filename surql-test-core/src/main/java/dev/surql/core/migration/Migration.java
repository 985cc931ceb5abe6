package dev.surql.core.migration;

import dev.surql.core.forward.ForwardSafety;
import dev.surql.core.internal.Required;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Allowance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration as surql-test runs it, whatever its source ({@code .surql} file, paired up/down
 * files, or a {@link JavaMigration}): its version, description, up statements, optional down
 * statements (none means irreversible), dependencies, the author's declared rollback and forward
 * safety, how it is committed, and a line-ending independent SHA-256 checksum of its content.
 *
 * <p>An up with no statements (only comments: a placeholder) is a no-op migration: it is recorded
 * in the history like any other. A down section that is present but holds no statements is a no-op
 * down, which restores the schema only where the up changed none; a migration with no down section
 * at all is irreversible.
 *
 * <p>Built with {@link #builder()}, which needs {@code version}, {@code source} and {@code
 * checksum}; {@link #toBuilder()} copies one to change.
 */
public final class Migration {
  private final String version;
  private final String description;
  private final String source;
  private final List<Statement> up;
  private final Optional<List<Statement>> down;
  private final List<String> dependsOn;
  private final Optional<RollbackSafety> declaredSafety;
  private final String checksum;
  private final TransactionMode transaction;
  private final Optional<ForwardSafety> declaredForward;
  private final List<Allowance> allowances;

  private Migration(
      String version,
      String description,
      String source,
      List<Statement> up,
      Optional<List<Statement>> down,
      List<String> dependsOn,
      Optional<RollbackSafety> declaredSafety,
      String checksum,
      TransactionMode transaction,
      Optional<ForwardSafety> declaredForward,
      List<Allowance> allowances) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
    up = List.copyOf(Objects.requireNonNull(up, "up"));
    down = Objects.requireNonNull(down, "down").map(List::copyOf);
    dependsOn = List.copyOf(Objects.requireNonNull(dependsOn, "dependsOn"));
    Objects.requireNonNull(declaredSafety, "declaredSafety");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(declaredForward, "declaredForward");
    allowances = List.copyOf(Objects.requireNonNull(allowances, "allowances"));
    this.version = version;
    this.description = description;
    this.source = source;
    this.up = up;
    this.down = down;
    this.dependsOn = dependsOn;
    this.declaredSafety = declaredSafety;
    this.checksum = checksum;
    this.transaction = transaction;
    this.declaredForward = declaredForward;
    this.allowances = allowances;
  }

  /** A builder of {@code Migration}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this migration's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.version = version;
    builder.description = description;
    builder.source = source;
    builder.up = up;
    builder.down = down;
    builder.dependsOn = dependsOn;
    builder.declaredSafety = declaredSafety;
    builder.checksum = checksum;
    builder.transaction = transaction;
    builder.declaredForward = declaredForward;
    builder.allowances = allowances;
    return builder;
  }

  /** The version, e.g. {@code 20260109_120000}. */
  public String version() {
    return version;
  }

  /** Human description (from the file name or {@code -- @description:}). */
  public String description() {
    return description;
  }

  /** Where it came from: a file path, {@code classpath:…} location or class name. */
  public String source() {
    return source;
  }

  /** The up statements, each with its file and line. */
  public List<Statement> up() {
    return up;
  }

  /**
   * The down statements; empty if the migration has no down section (irreversible), an empty list
   * if the section is present but holds no statements (a no-op down).
   */
  public Optional<List<Statement>> down() {
    return down;
  }

  /** Versions named by {@code -- @depends_on:}. */
  public List<String> dependsOn() {
    return dependsOn;
  }

  /** The author's {@code -- @rollback:} declaration, if any. */
  public Optional<RollbackSafety> declaredSafety() {
    return declaredSafety;
  }

  /** Lower-case hex SHA-256 of the content with line endings normalised to LF. */
  public String checksum() {
    return checksum;
  }

  /** How the statements are committed ({@code -- @transaction:}). */
  public TransactionMode transaction() {
    return transaction;
  }

  /**
   * The author's {@code -- @forward:} declaration, if any: the most the up may do to existing data.
   */
  public Optional<ForwardSafety> declaredForward() {
    return declaredForward;
  }

  /** The {@code -- @allow:} lines that accept findings at its statements. */
  public List<Allowance> allowances() {
    return allowances;
  }

  /** Whether the migration has a down section (possibly a no-op one). */
  public boolean reversible() {
    return down.isPresent();
  }

  /**
   * Whether the up holds no statements: a placeholder that changes nothing but is recorded as
   * applied.
   */
  public boolean noOp() {
    return up.isEmpty();
  }

  /**
   * Whether the down section is present but holds no statements: a no-op down (not a missing one).
   */
  public boolean noOpDown() {
    return down.isPresent() && down.get().isEmpty();
  }

  /**
   * Whether the migration runs in one transaction with its history change (not {@code
   * -- @transaction: none}).
   */
  public boolean transactional() {
    return transaction == TransactionMode.MIGRATION;
  }

  /** The up statements' SurrealQL text. */
  public List<String> upStatements() {
    return up.stream().map(Statement::text).toList();
  }

  /** The down statements' SurrealQL text; empty if irreversible. */
  public List<String> downStatements() {
    return down.map(list -> list.stream().map(Statement::text).toList()).orElse(List.of());
  }

  /** {@code version_description}, the way migrations are named in reports and test names. */
  public String displayName() {
    return description.isEmpty() ? version : version + " " + description;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Migration that
        && version.equals(that.version)
        && description.equals(that.description)
        && source.equals(that.source)
        && up.equals(that.up)
        && down.equals(that.down)
        && dependsOn.equals(that.dependsOn)
        && declaredSafety.equals(that.declaredSafety)
        && checksum.equals(that.checksum)
        && transaction.equals(that.transaction)
        && declaredForward.equals(that.declaredForward)
        && allowances.equals(that.allowances);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        version,
        description,
        source,
        up,
        down,
        dependsOn,
        declaredSafety,
        checksum,
        transaction,
        declaredForward,
        allowances);
  }

  @Override
  public String toString() {
    return "Migration[version="
        + version
        + ", description="
        + description
        + ", source="
        + source
        + ", up="
        + up
        + ", down="
        + down
        + ", dependsOn="
        + dependsOn
        + ", declaredSafety="
        + declaredSafety
        + ", checksum="
        + checksum
        + ", transaction="
        + transaction
        + ", declaredForward="
        + declaredForward
        + ", allowances="
        + allowances
        + "]";
  }

  /**
   * Collects the values of a {@link Migration}; {@link #build()} checks that the required ones are
   * set.
   */
  public static final class Builder {
    private String version;
    private String description = "";
    private String source;
    private List<Statement> up = List.of();
    private Optional<List<Statement>> down = Optional.empty();
    private List<String> dependsOn = List.of();
    private Optional<RollbackSafety> declaredSafety = Optional.empty();
    private String checksum;
    private TransactionMode transaction = TransactionMode.MIGRATION;
    private Optional<ForwardSafety> declaredForward = Optional.empty();
    private List<Allowance> allowances = List.of();

    private Builder() {}

    /** Sets {@link Migration#version()}: the version, e.g. {@code 20260109_120000}. */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets {@link Migration#description()}: human description (from the file name or {@code --
     * @description:}).
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets {@link Migration#source()}: where it came from: a file path, {@code classpath:…}
     * location or class name.
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Sets {@link Migration#up()}: the up statements, each with its file and line. */
    public Builder up(List<Statement> up) {
      this.up = Objects.requireNonNull(up, "up");
      return this;
    }

    /**
     * Sets {@link Migration#down()}: the down statements; empty if the migration has no down
     * section (irreversible), an empty list if the section is present but holds no statements (a
     * no-op down).
     */
    public Builder down(Optional<List<Statement>> down) {
      this.down = Objects.requireNonNull(down, "down");
      return this;
    }

    /** Sets {@link Migration#down()} to {@code down}. */
    public Builder down(List<Statement> down) {
      this.down = Optional.of(Objects.requireNonNull(down, "down"));
      return this;
    }

    /** Sets {@link Migration#dependsOn()}: versions named by {@code -- @depends_on:}. */
    public Builder dependsOn(List<String> dependsOn) {
      this.dependsOn = Objects.requireNonNull(dependsOn, "dependsOn");
      return this;
    }

    /**
     * Sets {@link Migration#declaredSafety()}: the author's {@code -- @rollback:} declaration, if
     * any.
     */
    public Builder declaredSafety(Optional<RollbackSafety> declaredSafety) {
      this.declaredSafety = Objects.requireNonNull(declaredSafety, "declaredSafety");
      return this;
    }

    /** Sets {@link Migration#declaredSafety()} to {@code declaredSafety}. */
    public Builder declaredSafety(RollbackSafety declaredSafety) {
      this.declaredSafety = Optional.of(Objects.requireNonNull(declaredSafety, "declaredSafety"));
      return this;
    }

    /**
     * Sets {@link Migration#checksum()}: lower-case hex SHA-256 of the content with line endings
     * normalised to LF.
     */
    public Builder checksum(String checksum) {
      this.checksum = Objects.requireNonNull(checksum, "checksum");
      return this;
    }

    /**
     * Sets {@link Migration#transaction()}: how the statements are committed ({@code
     * -- @transaction:}).
     */
    public Builder transaction(TransactionMode transaction) {
      this.transaction = Objects.requireNonNull(transaction, "transaction");
      return this;
    }

    /**
     * Sets {@link Migration#declaredForward()}: the author's {@code -- @forward:} declaration, if
     * any: the most the up may do to existing data.
     */
    public Builder declaredForward(Optional<ForwardSafety> declaredForward) {
      this.declaredForward = Objects.requireNonNull(declaredForward, "declaredForward");
      return this;
    }

    /** Sets {@link Migration#declaredForward()} to {@code declaredForward}. */
    public Builder declaredForward(ForwardSafety declaredForward) {
      this.declaredForward =
          Optional.of(Objects.requireNonNull(declaredForward, "declaredForward"));
      return this;
    }

    /**
     * Sets {@link Migration#allowances()}: the {@code -- @allow:} lines that accept findings at its
     * statements.
     */
    public Builder allowances(List<Allowance> allowances) {
      this.allowances = Objects.requireNonNull(allowances, "allowances");
      return this;
    }

    /**
     * The migration of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public Migration build() {
      Required.set(version, "Migration", "version");
      Required.set(source, "Migration", "source");
      Required.set(checksum, "Migration", "checksum");
      return new Migration(
          version,
          description,
          source,
          up,
          down,
          dependsOn,
          declaredSafety,
          checksum,
          transaction,
          declaredForward,
          allowances);
    }
  }
}
