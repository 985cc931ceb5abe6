package dev.surql.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.rule.Allowance;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -- @allow: SQxxx reason}: read, tied to the statement after it, and rejected when
 * malformed.
 */
class AllowDirectiveTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void should_tie_each_allow_to_the_statement_after_it() throws IOException {
    Path file =
        write(
            "20260101_000000_audit.surql",
            """
        -- @rollback: safe
        -- @up
        DEFINE TABLE audit;
        -- @down
        -- @allow: SQ101 the audit log is rebuilt from events
        -- a plain comment between
        REMOVE TABLE audit;
        -- @allow: remove-field no values yet
        """);

    Migration migration = MigrationLoader.load(dir).migrations().get(0);

    assertThat(migration.allowances())
        .containsExactly(
            new Allowance(
                Rule.REMOVE_TABLE,
                "the audit log is rebuilt from events",
                SourceLocation.of(file.toString(), 5),
                7),
            new Allowance(
                Rule.REMOVE_FIELD, "no values yet", SourceLocation.of(file.toString(), 8), 0));
  }

  @Test
  void should_read_allows_in_a_down_file_of_a_pair() throws IOException {
    write("20260101_000000_audit.surql", "DEFINE TABLE audit;\n");
    Path down =
        write(
            "20260101_000000_audit.down.surql",
            "\n-- @allow: SQ101 rebuilt\nREMOVE TABLE audit;\n");

    Migration migration = MigrationLoader.load(dir).migrations().get(0);

    assertThat(migration.allowances())
        .containsExactly(
            new Allowance(Rule.REMOVE_TABLE, "rebuilt", SourceLocation.of(down.toString(), 2), 3));
  }

  @Test
  void should_reject_an_allow_without_a_known_rule_or_a_reason_naming_file_and_line()
      throws IOException {
    Path file =
        write(
            "20260101_000000_audit.surql",
            """
        -- @up
        DEFINE TABLE audit;
        -- @down
        -- @allow: SQ101
        -- @allow: SQ999 because
        -- @allow:
        REMOVE TABLE audit;
        """);

    MigrationValidationException e =
        catchThrowableOfType(MigrationValidationException.class, () -> MigrationLoader.load(dir));

    assertThat(e.problems())
        .extracting(MigrationProblem::file, MigrationProblem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(file.toString(), 4),
            org.assertj.core.groups.Tuple.tuple(file.toString(), 5),
            org.assertj.core.groups.Tuple.tuple(file.toString(), 6));
    assertThat(e.problems().get(0).message()).contains("gives no reason");
    assertThat(e.problems().get(1).message())
        .contains("unknown rule 'SQ999'")
        .contains("docs/rules.md");
    assertThat(e.problems().get(2).message()).contains("names no rule");
    assertThat(e.getMessage()).contains("SQ901 " + file + ":4:");
  }
}
