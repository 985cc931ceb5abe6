package dev.surql.core.migration;

import dev.surql.core.forward.ForwardSafety;
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
 * <p>An up with no statements (only comments: a placeholder) is a no-op migration: it is recorded in
 * the history like any other. A down section that is present but holds no statements is a no-op
 * down, which restores the schema only where the up changed none; a migration with no down section
 * at all is irreversible.
 *
 * @param version the version, e.g. {@code 20260109_120000}
 * @param description human description (from the file name or {@code -- @description:})
 * @param source where it came from: a file path, {@code classpath:…} location or class name
 * @param up the up statements, each with its file and line
 * @param down the down statements; empty if the migration has no down section (irreversible), an
 *     empty list if the section is present but holds no statements (a no-op down)
 * @param dependsOn versions named by {@code -- @depends_on:}
 * @param declaredSafety the author's {@code -- @rollback:} declaration, if any
 * @param checksum lower-case hex SHA-256 of the content with line endings normalised to LF
 * @param transaction how the statements are committed ({@code -- @transaction:})
 * @param declaredForward the author's {@code -- @forward:} declaration, if any: the most the up may
 *     do to existing data
 * @param allowances the {@code -- @allow:} lines that accept findings at its statements
 */
public record Migration(
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

  public Migration {
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
  }

  /** A migration without {@code -- @allow:} lines. */
  public Migration(String version, String description, String source, List<Statement> up,
      Optional<List<Statement>> down, List<String> dependsOn, Optional<RollbackSafety> declaredSafety, String checksum,
      TransactionMode transaction, Optional<ForwardSafety> declaredForward) {
    this(version, description, source, up, down, dependsOn, declaredSafety, checksum, transaction, declaredForward,
        List.of());
  }

  /** A migration without a {@code -- @forward:} declaration. */
  public Migration(String version, String description, String source, List<Statement> up,
      Optional<List<Statement>> down, List<String> dependsOn, Optional<RollbackSafety> declaredSafety, String checksum,
      TransactionMode transaction) {
    this(version, description, source, up, down, dependsOn, declaredSafety, checksum, transaction, Optional.empty());
  }

  /** A migration that runs in one transaction with its history change (the default). */
  public Migration(String version, String description, String source, List<Statement> up,
      Optional<List<Statement>> down, List<String> dependsOn, Optional<RollbackSafety> declaredSafety,
      String checksum) {
    this(version, description, source, up, down, dependsOn, declaredSafety, checksum, TransactionMode.MIGRATION,
        Optional.empty());
  }

  /** Whether the migration has a down section (possibly a no-op one). */
  public boolean reversible() {
    return down.isPresent();
  }

  /** Whether the up holds no statements: a placeholder that changes nothing but is recorded as applied. */
  public boolean noOp() {
    return up.isEmpty();
  }

  /** Whether the down section is present but holds no statements: a no-op down (not a missing one). */
  public boolean noOpDown() {
    return down.isPresent() && down.get().isEmpty();
  }

  /** Whether the migration runs in one transaction with its history change (not {@code -- @transaction: none}). */
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
}
