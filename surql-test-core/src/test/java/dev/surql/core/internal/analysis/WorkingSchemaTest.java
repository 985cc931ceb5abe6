package dev.surql.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.internal.analysis.WorkingSchema.Presence;
import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.migration.Statement;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexKind;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Models built from one captured schema share the states of its tables until they change them;
 * these tests check that a change made by one model never shows in another, nor in a model built
 * later from the same (or the next) snapshot's table objects.
 */
class WorkingSchemaTest {

  private static DatabaseSchema schema() {
    FieldSchema age =
        FieldSchema.builder()
            .name("age")
            .type("int")
            .definition("DEFINE FIELD age ON user TYPE int")
            .build();
    IndexSchema byAge =
        IndexSchema.builder()
            .name("by_age")
            .columns(List.of("age"))
            .kind(IndexKind.STANDARD)
            .definition("DEFINE INDEX by_age ON user FIELDS age")
            .build();
    TableSchema user =
        TableSchema.builder()
            .name("user")
            .kind(TableKind.NORMAL)
            .schemafull(true)
            .definition("DEFINE TABLE user TYPE NORMAL SCHEMAFULL")
            .fields(new TreeMap<>(Map.of("age", age)))
            .indexes(new TreeMap<>(Map.of("by_age", byAge)))
            .events(new TreeMap<>())
            .build();
    DatabaseSchema empty = DatabaseSchema.empty();
    return DatabaseSchema.builder()
        .tables(new TreeMap<>(Map.of("user", user)))
        .functions(empty.functions())
        .params(empty.params())
        .analyzers(empty.analyzers())
        .accesses(empty.accesses())
        .sequences(empty.sequences())
        .build();
  }

  private static void run(AnalysisRun run, String sql) {
    for (Statement statement : StatementSplitter.split(sql, "test.surql")) {
      run.analyze(statement);
    }
  }

  @Test
  void changes_of_one_model_do_not_show_in_another_built_from_the_same_tables() {
    DatabaseSchema schema = schema();
    AnalysisRun changing = new AnalysisRun(WorkingSchema.of(Optional.of(schema)));
    run(
        changing,
        "REMOVE FIELD age ON user; REMOVE INDEX by_age ON user;"
            + " DEFINE TABLE OVERWRITE user TYPE RELATION SCHEMALESS; DEFINE FIELD name ON user TYPE string;");
    WorkingSchema changed = changing.model();
    assertThat(changed.field("user", "age")).isEqualTo(Presence.ABSENT);
    assertThat(changed.field("user", "name")).isEqualTo(Presence.PRESENT);
    assertThat(changed.index("user", "by_age")).isEqualTo(Presence.ABSENT);
    assertThat(changed.state("user").orElseThrow().kind).isEqualTo(TableKind.RELATION);

    WorkingSchema fresh = WorkingSchema.of(Optional.of(schema));
    assertThat(fresh.field("user", "age")).isEqualTo(Presence.PRESENT);
    assertThat(fresh.field("user", "name")).isEqualTo(Presence.ABSENT);
    assertThat(fresh.index("user", "by_age")).isEqualTo(Presence.PRESENT);
    TableState user = fresh.state("user").orElseThrow();
    assertThat(user.kind).isEqualTo(TableKind.NORMAL);
    assertThat(user.schemafull).isTrue();
  }

  @Test
  void a_copy_and_its_original_change_independently() {
    WorkingSchema original = WorkingSchema.of(Optional.of(schema()));
    AnalysisRun first = new AnalysisRun(original);
    run(first, "DEFINE FIELD email ON user TYPE string;");
    WorkingSchema copy = original.copy();
    run(new AnalysisRun(copy), "REMOVE FIELD email ON user; REMOVE TABLE user;");
    run(first, "DEFINE FIELD nick ON user TYPE string;");

    assertThat(copy.table("user")).isEqualTo(Presence.ABSENT);
    assertThat(original.field("user", "email")).isEqualTo(Presence.PRESENT);
    assertThat(original.field("user", "nick")).isEqualTo(Presence.PRESENT);
    assertThat(original.field("user", "age")).isEqualTo(Presence.PRESENT);
  }

  @Test
  void a_block_is_analysed_on_a_copy_and_leaves_the_walk_unchanged() {
    DatabaseSchema schema = schema();
    WorkingSchema model = WorkingSchema.of(Optional.of(schema));
    AnalysisRun run = new AnalysisRun(model);
    run(
        run,
        "IF true { REMOVE FIELD age ON user; DEFINE FIELD OVERWRITE age ON user TYPE string; };");
    assertThat(model.field("user", "age")).isEqualTo(Presence.PRESENT);
    assertThat(model.state("user").orElseThrow().field("age").type()).contains("int");
    assertThat(
            WorkingSchema.of(Optional.of(schema)).state("user").orElseThrow().field("age").type())
        .contains("int");
  }
}
