package dev.surql.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.Concurrently;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.client.JsonResults;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurqlDatabaseTest {
  private final SurrealEngine engine = SurqlEngines.shared();

  private JsonNode namespaces() {
    return JsonResults.tree(engine.client("", "").query("INFO FOR ROOT").last()).path("namespaces");
  }

  @Test
  void close_removes_the_namespace_and_is_idempotent() {
    SurqlDatabase db = SurqlDatabase.create(engine, "closing");
    db.client().query("DEFINE TABLE t; CREATE t:1;");
    assertThat(namespaces().has(db.namespace())).isTrue();

    db.close();
    db.close();

    assertThat(namespaces().has(db.namespace())).isFalse();
  }

  @Test
  void concurrent_closes_all_return_only_once_the_namespace_is_gone() throws Exception {
    for (int round = 0; round < 5; round++) {
      SurqlDatabase db = SurqlDatabase.create(engine, "closing_together");
      db.client().query("DEFINE TABLE t; CREATE t:1;");

      List<Boolean> presentAfterClose =
          Concurrently.run(
              4,
              () -> {
                db.close();
                return namespaces().has(db.namespace());
              });

      assertThat(presentAfterClose).containsOnly(false);
    }
  }

  @Test
  void two_databases_share_neither_schema_nor_records() {
    try (SurqlDatabase a = SurqlDatabase.create(engine, "iso_a");
        SurqlDatabase b = SurqlDatabase.create(engine, "iso_a")) {
      a.client().query("DEFINE TABLE only_in_a; CREATE shared:1 SET owner = 'a';");
      b.client().query("CREATE shared:1 SET owner = 'b';");

      assertThat(a.namespace()).isNotEqualTo(b.namespace());
      assertThat(
              JsonResults.tree(b.client().query("INFO FOR DB").last())
                  .path("tables")
                  .has("only_in_a"))
          .isFalse();
      assertThat(a.client().query("SELECT VALUE owner FROM shared").rows(String.class))
          .containsExactly("a");
      assertThat(b.client().query("SELECT VALUE owner FROM shared").rows(String.class))
          .containsExactly("b");
    }
  }

  @Test
  void names_are_the_cleaned_prefix_and_a_random_suffix() {
    try (SurqlDatabase db = SurqlDatabase.create(engine, "My-Tests.v2!")) {
      assertThat(db.namespace()).matches("my_tests_v2__[0-9a-f]{16}");
      assertThat(db.database()).isEqualTo(db.namespace());
      assertThat(db.engine()).isSameAs(engine);
      assertThat(db.toString())
          .contains(db.namespace())
          .contains(engine.rootSettings().url().toString());
    }
  }

  @Test
  void the_client_is_bound_to_the_database() {
    try (SurqlDatabase db = SurqlDatabase.create(engine, "bound")) {
      SurqlClient client = db.client();
      JsonNode session =
          client.query("RETURN { ns: session::ns(), db: session::db() }").last().as(JsonNode.class);

      assertThat(client.settings().namespace()).isEqualTo(db.namespace());
      assertThat(session.path("ns").asText()).isEqualTo(db.namespace());
      assertThat(session.path("db").asText()).isEqualTo(db.database());
    }
  }

  @Test
  void an_exact_name_is_created_if_missing_and_reused_if_present() {
    String name = "exact_" + Long.toHexString(System.nanoTime());
    try (SurqlDatabase first = SurqlDatabase.create(engine, name, "main")) {
      first.client().query("CREATE kept:1");
      SurqlDatabase again = SurqlDatabase.create(engine, name, "main");

      assertThat(again.client().query("SELECT VALUE id FROM kept").rows(Object.class)).hasSize(1);
    }
    assertThat(namespaces().has(name)).isFalse();
  }
}
