package dev.surql.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.surql.core.migration.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeEscapesTest {

  private static List<ScopeEscape> find(String source) {
    return ScopeEscapes.find(StatementSplitter.split(source, "m.surql"));
  }

  @Test
  void should_find_use_and_namespace_and_database_definitions() {
    assertThat(
            find(
                """
        USE NS prod DB prod;
        use db other;
        DEFINE NAMESPACE IF NOT EXISTS shop;
        REMOVE DATABASE shop;
        define database OVERWRITE other;
        """))
        .extracting(ScopeEscape::kind, ScopeEscape::reaches, ScopeEscape::line, ScopeEscape::text)
        .containsExactly(
            tuple(ScopeEscape.Kind.USE, Scope.ROOT, 1, "USE NS prod DB prod"),
            tuple(ScopeEscape.Kind.USE, Scope.ROOT, 2, "use db other"),
            tuple(
                ScopeEscape.Kind.NAMESPACE_OR_DATABASE,
                Scope.ROOT,
                3,
                "DEFINE NAMESPACE IF NOT EXISTS shop"),
            tuple(
                ScopeEscape.Kind.NAMESPACE_OR_DATABASE, Scope.NAMESPACE, 4, "REMOVE DATABASE shop"),
            tuple(
                ScopeEscape.Kind.NAMESPACE_OR_DATABASE,
                Scope.NAMESPACE,
                5,
                "define database OVERWRITE other"));
  }

  @Test
  void should_find_users_and_access_on_root_or_namespace_but_not_on_database() {
    assertThat(
            find(
                """
        DEFINE USER admin ON ROOT PASSWORD 'x' ROLES OWNER;
        DEFINE USER IF NOT EXISTS ops ON NAMESPACE PASSWORD 'x';
        REMOVE USER IF EXISTS ops ON NS;
        DEFINE ACCESS OVERWRITE api ON ROOT TYPE JWT ALGORITHM HS512 KEY 'k';
        ACCESS api ON NAMESPACE GRANT FOR USER ops;
        ALTER NAMESPACE COMPACT;
        ALTER SYSTEM QUERY_TIMEOUT 5s;
        DEFINE USER app ON DATABASE PASSWORD 'x';
        DEFINE ACCESS account ON DATABASE TYPE RECORD;
        ALTER TABLE t COMMENT 'x';
        INFO FOR ROOT;
        INFO FOR NS;
        """))
        .extracting(ScopeEscape::kind, ScopeEscape::reaches, ScopeEscape::line)
        .containsExactly(
            tuple(ScopeEscape.Kind.USER_OR_ACCESS, Scope.ROOT, 1),
            tuple(ScopeEscape.Kind.USER_OR_ACCESS, Scope.NAMESPACE, 2),
            tuple(ScopeEscape.Kind.USER_OR_ACCESS, Scope.NAMESPACE, 3),
            tuple(ScopeEscape.Kind.USER_OR_ACCESS, Scope.ROOT, 4),
            tuple(ScopeEscape.Kind.USER_OR_ACCESS, Scope.NAMESPACE, 5),
            tuple(ScopeEscape.Kind.ALTER_OUTSIDE, Scope.NAMESPACE, 6),
            tuple(ScopeEscape.Kind.ALTER_OUTSIDE, Scope.ROOT, 7));
  }

  @Test
  void should_find_statements_nested_in_blocks_functions_and_events() {
    assertThat(
            find(
                """
        IF true { USE NS prod; };
        DEFINE FUNCTION fn::wipe() {
          REMOVE NAMESPACE prod;
        };
        DEFINE EVENT e ON t WHEN true THEN (DEFINE USER x ON ROOT PASSWORD 'p');
        FOR $i IN [1] { IF $i = 1 THEN REMOVE DATABASE other END };
        """))
        .extracting(ScopeEscape::kind, ScopeEscape::line)
        .containsExactly(
            tuple(ScopeEscape.Kind.USE, 1),
            tuple(ScopeEscape.Kind.NAMESPACE_OR_DATABASE, 3),
            tuple(ScopeEscape.Kind.USER_OR_ACCESS, 5),
            tuple(ScopeEscape.Kind.NAMESPACE_OR_DATABASE, 6));
  }

  @Test
  void should_ignore_words_in_strings_comments_identifiers_and_field_paths() {
    assertThat(
            find(
                """
        CREATE note SET text = 'USE NS prod DB prod; REMOVE DATABASE x';
        -- USE NS prod DB prod;
        /* DEFINE USER admin ON ROOT */
        DEFINE FIELD use ON t TYPE string;
        SELECT use, ns, db FROM t WHERE `use` = 'ns';
        UPDATE t SET settings.use = 1;
        DEFINE TABLE database;
        REMOVE TABLE namespace;
        """))
        .isEmpty();
  }

  @Test
  void scope_levels_cover_the_levels_below_them() {
    assertThat(Scope.ROOT.covers(Scope.NAMESPACE)).isTrue();
    assertThat(Scope.NAMESPACE.covers(Scope.ROOT)).isFalse();
    assertThat(Scope.DATABASE.covers(Scope.NAMESPACE)).isFalse();
    assertThat(Scope.parse(" NS ")).contains(Scope.NAMESPACE);
    assertThat(Scope.parse("server")).isEmpty();
  }
}
