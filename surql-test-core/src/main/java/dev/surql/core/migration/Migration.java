package dev.surql.core.migration;

import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration as surql-test runs it, whatever its source ({@code .surql} file, paired up/down
 * files, or a {@link JavaMigration}): its version, description, up statements, optional down
 * statements (none means irreversible), dependencies, the author's declared rollback safety, and a
 * line-ending independent SHA-256 checksum of its content.
 *
 * @param version the version, e.g. {@code 20260109_120000}
 * @param description human description (from the file name or {@code -- @description:})
 * @param source where it came from: a file path, {@code classpath:…} location or class name
 * @param up the up statements, each with its file and line
 * @param down the down statements; empty if the migration has no down section (irreversible)
 * @param dependsOn versions named by {@code -- @depends_on:}
 * @param declaredSafety the author's {@code -- @rollback:} declaration, if any
 * @param checksum lower-case hex SHA-256 of the content with line endings normalised to LF
 */
public record Migration(
    String version,
    String description,
    String source,
    List<Statement> up,
    Optional<List<Statement>> down,
    List<String> dependsOn,
    Optional<RollbackSafety> declaredSafety,
    String checksum) {

  public Migration {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
    up = List.copyOf(Objects.requireNonNull(up, "up"));
    down = Objects.requireNonNull(down, "down").map(List::copyOf);
    dependsOn = List.copyOf(Objects.requireNonNull(dependsOn, "dependsOn"));
    Objects.requireNonNull(declaredSafety, "declaredSafety");
    Objects.requireNonNull(checksum, "checksum");
  }

  /** Whether the migration has a down section. */
  public boolean reversible() {
    return down.isPresent();
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
