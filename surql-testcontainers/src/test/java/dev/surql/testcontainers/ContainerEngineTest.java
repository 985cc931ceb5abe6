package dev.surql.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.internal.client.JsonResults;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Needs a Docker engine: excluded by default, run with {@code -Pdocker}. */
@Tag("docker")
class ContainerEngineTest {

  @Test
  void a_container_engine_runs_ddl_and_reports_it_in_info() {
    try (ContainerEngine engine =
            ContainerEngine.start(EngineConfig.defaults().withKind(EngineKind.CONTAINER));
        SurqlDatabase db = SurqlDatabase.create(engine, "container")) {
      db.client().query("DEFINE TABLE person SCHEMAFULL; DEFINE FIELD name ON person TYPE string;");

      JsonNode tables = JsonResults.tree(db.client().query("INFO FOR DB").last()).path("tables");

      assertThat(engine.kind()).isEqualTo(EngineKind.CONTAINER);
      assertThat(engine.serverVersion()).startsWith("surrealdb-3.");
      assertThat(tables.path("person").asText()).startsWith("DEFINE TABLE person");
    }
  }

  @Test
  void the_testcontainers_module_serves_health_on_its_mapped_port() {
    try (SurrealDbContainer container = new SurrealDbContainer().withPassword("container-pass")) {
      container.start();

      assertThat(container.getHttpUrl().toString()).startsWith("http://");
      assertThat(container.getPassword()).isEqualTo("container-pass");
      assertThat(
              SurqlClient.connect(
                      ConnectionSettings.of(container.getHttpUrl(), "root", "container-pass"))
                  .isHealthy())
          .isTrue();
    }
  }
}
