package dev.surql.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.internal.engine.EngineEnvironment;
import dev.surql.core.internal.engine.EngineProviders;
import dev.surql.core.internal.engine.EngineResolution;
import dev.surql.core.internal.engine.EngineResolver;
import dev.surql.testcontainers.internal.ContainerEngineProvider;
import org.junit.jupiter.api.Test;

/**
 * With this artifact on the classpath core finds the CONTAINER engine; these tests need no Docker.
 */
class ContainerProviderTest {

  @Test
  void core_finds_the_container_provider_through_the_service_loader() {
    assertThat(EngineProviders.find(EngineKind.CONTAINER))
        .get()
        .isInstanceOf(ContainerEngineProvider.class);
    assertThat(EngineProviders.container().kind()).isEqualTo(EngineKind.CONTAINER);
    assertThat(EngineEnvironment.system().hasContainerSupport()).isTrue();
  }

  @Test
  void auto_asks_docker_once_the_provider_is_there() {
    EngineEnvironment system = EngineEnvironment.system();
    EngineResolution resolution = new EngineResolver(system).resolve(EngineConfig.defaults());

    if (system.isDockerAvailable()) {
      assertThat(resolution.kind()).isEqualTo(EngineKind.CONTAINER);
      assertThat(resolution.reason()).isEqualTo("a Docker engine answers");
    } else {
      assertThat(resolution.kind()).isNotEqualTo(EngineKind.CONTAINER);
      assertThat(resolution.reason())
          .startsWith("no Docker engine answers")
          .doesNotContain("classpath");
    }
  }

  @Test
  void the_container_gets_its_credentials_through_the_environment_not_its_command_line() {
    try (SurrealDbContainer container =
        new SurrealDbContainer().withUsername("box-root").withPassword("box-secret-9")) {
      container.configure();

      assertThat(container.getCommandParts())
          .containsExactly("start", "--bind", "0.0.0.0:8000", "memory");
      assertThat(String.join(" ", container.getCommandParts()))
          .doesNotContain("box-secret-9")
          .doesNotContain("box-root");
      assertThat(container.getEnvMap())
          .containsEntry("SURREAL_USER", "box-root")
          .containsEntry("SURREAL_PASS", "box-secret-9");
    }
  }
}
