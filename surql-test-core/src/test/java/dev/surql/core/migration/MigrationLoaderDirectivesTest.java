package dev.surql.core.migration;

import static dev.surql.core.migration.MigrationLoaderTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.surql.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placeholders, no-op downs, {@code -- @transaction:} and {@code -- @scope:} as the loader reads
 * them.
 */
class MigrationLoaderDirectivesTest {

  @TempDir Path dir;

  private MigrationValidationException invalid() {
    return catchThrowableOfType(
        MigrationValidationException.class, () -> MigrationLoader.load(dir));
  }

  // ------------------------------------------------------------------------------ placeholders

  @Test
  void an_up_with_only_comments_is_a_no_op_migration_with_a_note() throws IOException {
    write(
        dir,
        "20260101_120000_todo.surql",
        """
        -- @description: change the ids to record ids
        -- @up
        -- TODO: change the ids to record ids
        -- @down
        -- nothing to undo
        """);
    write(
        dir,
        "20260102_120000_next.surql",
        "-- @up\nDEFINE TABLE next;\n-- @down\nREMOVE TABLE next;\n");

    MigrationSet set = MigrationLoader.load(dir);

    Migration todo = set.get("20260101_120000");
    assertThat(todo.noOp()).isTrue();
    assertThat(todo.up()).isEmpty();
    assertThat(todo.reversible()).isTrue();
    assertThat(todo.noOpDown()).isTrue();
    assertThat(set.get("20260102_120000").noOp()).isFalse();
    String file = dir.resolve("20260101_120000_todo.surql").toString();
    assertThat(set.notes())
        .extracting(MigrationProblem::file, MigrationProblem::line, MigrationProblem::rule)
        .containsExactly(
            tuple(file, 2, Optional.of(Rule.NO_OP_UP)),
            tuple(file, 4, Optional.of(Rule.NO_OP_DOWN)));
    assertThat(set.notes().get(0).message())
        .isEqualTo(
            "the -- @up section holds only comments: loaded as a no-op"
                + " migration (SQ210 no-op-up); applying it changes nothing and records it in _migration_history");
    assertThat(set.notes().get(1).message())
        .startsWith(
            "the -- @down section holds only comments: a no-op down"
                + " (SQ212 no-op-down), not a missing one; it is judged like any down and restores the schema only where"
                + " the up changed none");
  }

  @Test
  void a_down_with_only_comments_is_a_no_op_down_and_no_down_section_is_irreversible()
      throws IOException {
    write(
        dir,
        "20260101_120000_a.surql",
        "-- @up\nDEFINE TABLE a;\n-- @down\n-- keep the table: it holds data\n");
    write(dir, "20260102_120000_b.surql", "-- @up\nDEFINE TABLE b;\n-- @down\n");
    write(dir, "20260103_120000_c.surql", "-- @up\nDEFINE TABLE c;\n");
    write(dir, "4_d.surql", "DEFINE TABLE d;\n");
    write(dir, "4_d.down.surql", "-- nothing\n");

    MigrationSet set = MigrationLoader.load(dir);

    assertThat(set.get("20260101_120000").down()).contains(List.of());
    assertThat(set.get("20260101_120000").reversible()).isTrue();
    assertThat(set.get("20260102_120000").noOpDown()).isTrue();
    assertThat(set.get("20260103_120000").reversible()).isFalse();
    assertThat(set.get("20260103_120000").noOpDown()).isFalse();
    assertThat(set.get("20260103_120000").down()).isEmpty();
    assertThat(set.get("4").noOpDown()).isTrue();
    assertThat(set.notes()).extracting(MigrationProblem::line).containsExactly(3, 3, 1);
    assertThat(set.notes().get(2).file()).endsWith("4_d.down.surql");
    assertThat(set.notes().get(2).message())
        .endsWith("(delete the down file to declare the migration" + " irreversible instead)");
  }

  @Test
  void java_migrations_may_be_placeholders_with_no_op_downs() {
    MigrationSet set =
        MigrationLoader.fromJava(
            List.of(
                new MigrationLoaderTest.Java(
                    "20260101_120000", "later", List.of(), Optional.of(List.of()))));

    assertThat(set.get("20260101_120000").noOp()).isTrue();
    assertThat(set.get("20260101_120000").noOpDown()).isTrue();
    assertThat(set.notes()).extracting(MigrationProblem::message).allMatch(m -> m.contains("SQ21"));
  }

  // ------------------------------------------------------------------------------ @transaction

  @Test
  void transaction_none_is_read_from_the_header_and_from_a_paired_up_file() throws IOException {
    write(
        dir,
        "20260101_120000_rebuild.surql",
        """
        -- @description: rebuild w
        -- @transaction: none
        -- @up
        REMOVE TABLE w;
        DEFINE TABLE w;
        """);
    write(
        dir,
        "20260102_120000_plain.surql",
        "-- @transaction: migration\n-- @up\nDEFINE TABLE p;\n");
    write(
        dir,
        "3_paired.surql",
        "-- a comment\n-- @transaction: NONE\nDEFINE TABLE q;\n-- @transaction: later\n");
    write(dir, "3_paired.down.surql", "REMOVE TABLE q;\n");

    MigrationSet set = MigrationLoader.load(dir);

    assertThat(set.get("20260101_120000").transaction()).isEqualTo(TransactionMode.NONE);
    assertThat(set.get("20260101_120000").transactional()).isFalse();
    assertThat(set.get("20260102_120000").transaction()).isEqualTo(TransactionMode.MIGRATION);
    assertThat(set.get("3").transaction()).isEqualTo(TransactionMode.NONE);
  }

  @Test
  void should_refuse_an_unknown_transaction_value_and_a_let_used_by_a_later_statement()
      throws IOException {
    write(dir, "20260101_120000_bad.surql", "-- @transaction: off\n-- @up\nDEFINE TABLE a;\n");
    write(
        dir,
        "20260102_120000_let.surql",
        """
        -- @transaction: none
        -- @up
        LET $count = 3;
        LET $unused = 1;
        FOR $i IN 1..$count { CREATE t; };
        -- @down
        LET $t = 't';
        DELETE t;
        """);

    MigrationValidationException e = invalid();

    String f = dir + "/";
    assertThat(e.problems())
        .extracting(MigrationProblem::file, MigrationProblem::line, MigrationProblem::rule)
        .containsExactly(
            tuple(f + "20260101_120000_bad.surql", 1, Optional.empty()),
            tuple(f + "20260102_120000_let.surql", 3, Optional.of(Rule.LET_WITHOUT_TRANSACTION)));
    assertThat(e.getMessage())
        .contains(
            f
                + "20260101_120000_bad.surql:1: invalid -- @transaction value 'off': expected none (run the"
                + " migration statement by statement, without atomicity) or migration (the default: one transaction)")
        .contains(
            f
                + "20260102_120000_let.surql:3: LET $count (SQ915 let-without-transaction): with"
                + " -- @transaction: none each up statement runs on its own, so $count is gone when the statement at"
                + " line 5 uses it. Compute the value inside the statement that uses it, or remove -- @transaction: none.");
  }

  // ------------------------------------------------------------------------------ scope

  @Test
  void should_refuse_statements_that_leave_the_database_with_file_line_and_why()
      throws IOException {
    write(
        dir,
        "20260101_120000_export.surql",
        """
        -- exported from production
        -- @up
        USE NS prod DB prod;
        DEFINE TABLE a;
        -- @down
        REMOVE DATABASE prod;
        """);
    write(
        dir,
        "20260102_120000_users.surql",
        """
        -- @up
        DEFINE USER admin ON ROOT PASSWORD 'secret' ROLES OWNER;
        DEFINE FUNCTION fn::reset() {
          REMOVE NAMESPACE test;
        };
        DEFINE USER app ON DATABASE PASSWORD 'secret';
        """);

    MigrationValidationException e = invalid();

    String export = dir.resolve("20260101_120000_export.surql").toString();
    String users = dir.resolve("20260102_120000_users.surql").toString();
    assertThat(e.problems())
        .extracting(MigrationProblem::file, MigrationProblem::line, MigrationProblem::rule)
        .containsExactly(
            tuple(export, 3, Optional.of(Rule.USE_STATEMENT)),
            tuple(export, 6, Optional.of(Rule.NAMESPACE_OR_DATABASE)),
            tuple(users, 2, Optional.of(Rule.OUTSIDE_DATABASE)),
            tuple(users, 4, Optional.of(Rule.NAMESPACE_OR_DATABASE)));
    assertThat(e.getMessage())
        .contains(
            export
                + ":3: 'USE NS prod DB prod' (SQ910 use-statement): USE switches the namespace or"
                + " database, so the statements after it would run outside the database the migration is applied to"
                + " (with --url, in that database of the real server) and verify would check nothing. Remove it:"
                + " surql-test and surql apply each migration to the database they are given, and no directive allows"
                + " USE.")
        .contains(
            export
                + ":6: 'REMOVE DATABASE prod' (SQ911 namespace-or-database): a database is part of the"
                + " namespace, outside the database the migration is applied to; on a shared engine it reaches other"
                + " tests' databases. Either create namespaces and databases when provisioning, not in a schema"
                + " migration, or, if the migration must do it, opt in with '-- @scope: namespace' in its header.")
        .contains(
            users
                + ":2: 'DEFINE USER admin ON ROOT' (SQ912 outside-database): a user or access method on"
                + " the root level acts outside the database the migration is applied to and reaches every database of"
                + " the server. Either define it ON DATABASE, or, if the migration must do it, opt in with"
                + " '-- @scope: root' in its header.")
        .contains(users + ":4: 'REMOVE NAMESPACE test' (SQ911 namespace-or-database)");
  }

  @Test
  void scope_directive_allows_what_it_names_and_never_use() throws IOException {
    write(
        dir,
        "20260101_120000_ns.surql",
        """
        -- @scope: namespace
        -- @up
        DEFINE USER ops ON NAMESPACE PASSWORD 'secret';
        -- @down
        REMOVE USER ops ON NAMESPACE;
        """);
    write(
        dir,
        "20260102_120000_root.surql",
        """
        -- @scope: root
        -- @up
        DEFINE USER admin ON ROOT PASSWORD 'secret' ROLES OWNER;
        DEFINE ACCESS api ON NAMESPACE TYPE JWT ALGORITHM HS512 KEY 'k';
        -- @down
        REMOVE ACCESS api ON NAMESPACE;
        REMOVE USER admin ON ROOT;
        """);

    assertThat(MigrationLoader.load(dir).versions())
        .containsExactly("20260101_120000", "20260102_120000");

    write(
        dir,
        "20260103_120000_too_far.surql",
        """
        -- @scope: namespace
        -- @up
        DEFINE USER admin ON ROOT PASSWORD 'secret';
        """);
    write(dir, "20260104_120000_use.surql", "-- @scope: root\n-- @up\nUSE DB other;\n");
    write(dir, "20260105_120000_bad.surql", "-- @scope: server\n-- @up\nDEFINE TABLE a;\n");

    MigrationValidationException e = invalid();

    assertThat(e.problems()).extracting(MigrationProblem::line).containsExactly(3, 3, 1);
    assertThat(e.getMessage())
        .contains(
            "20260103_120000_too_far.surql:3: 'DEFINE USER admin ON ROOT' (SQ912 outside-database)")
        .contains(
            "opt in with '-- @scope: root' in its header (it allows only -- @scope: namespace).")
        .contains("20260104_120000_use.surql:3: 'USE DB other' (SQ910 use-statement)")
        .contains(
            "20260105_120000_bad.surql:1: invalid -- @scope value 'server': expected namespace");
    assertThat(Scope.values())
        .extracting(Scope::directiveValue)
        .containsExactly("database", "namespace", "root");
  }
}
