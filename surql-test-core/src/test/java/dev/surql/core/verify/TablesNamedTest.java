package dev.surql.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.migration.Migration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TablesNamedTest {

  private static Migration migration(String up, String down) {
    return Migration.builder()
        .version("1")
        .description("test")
        .source("test.surql")
        .up(StatementSplitter.split(up, "test.surql"))
        .down(StatementSplitter.split(down, "test.surql"))
        .checksum("0")
        .build();
  }

  @Test
  void should_collect_every_identifier_including_escaped_ones() {
    Optional<java.util.Set<String>> names =
        TablesNamed.by(
            migration(
                "DEFINE FIELD a ON TABLE `weird table` TYPE int; DEFINE INDEX i ON ⟨other⟩ FIELDS a;",
                "REMOVE FIELD a ON `weird table`;"));

    assertThat(names)
        .hasValueSatisfying(set -> assertThat(set).contains("weird table", "other", "a", "i"));
  }

  @Test
  void should_give_up_when_a_statement_calls_a_custom_function() {
    assertThat(TablesNamed.by(migration("RETURN fn::setup();", "REMOVE TABLE t;"))).isEmpty();
  }

  @Test
  void should_not_give_up_for_a_function_definition_or_builtin_functions() {
    assertThat(
            TablesNamed.by(
                migration(
                    "DEFINE FUNCTION fn::f($x: int) { RETURN fn::g($x); }; DEFINE FIELD t ON u VALUE time::now();",
                    "REMOVE FUNCTION fn::f;")))
        .isPresent();
  }

  @Test
  void likely_tables_are_the_names_after_table_and_on_in_order_of_first_mention() {
    assertThat(
            TablesNamed.likelyTables(
                migration(
                    "DEFINE TABLE IF NOT EXISTS person SCHEMAFULL; DEFINE FIELD OVERWRITE name ON TABLE"
                        + " person TYPE string; DEFINE INDEX i ON `weird table` FIELDS a;"
                        + " DEFINE EVENT e ON ⟨other⟩ WHEN true THEN {}; CREATE implicit:1;",
                    "REMOVE INDEX i ON `weird table`; REMOVE TABLE IF EXISTS person;"
                        + " ALTER TABLE later SCHEMALESS;")))
        .containsExactly("person", "weird table", "other", "later");
  }
}
