package dev.surql.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlEngines;
import org.junit.jupiter.api.Test;

/**
 * Core's own classpath has no surql-testcontainers: no provider is found, CONTAINER fails with the
 * dependency to add, and AUTO skips containers. (The surql-testcontainers module tests the other
 * side.)
 */
class EngineProvidersTest {

  @Test
  void core_alone_has_no_container_provider() {
    assertThat(EngineProviders.find(EngineKind.CONTAINER)).isEmpty();
    assertThat(EngineEnvironment.system().hasContainerSupport()).isFalse();
    assertThat(EngineEnvironment.system().isDockerAvailable()).isFalse();
  }

  @Test
  void container_without_the_artifact_fails_naming_the_dependency_to_add() {
    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () -> SurqlEngines.start(EngineConfig.defaults().withKind(EngineKind.CONTAINER)));

    assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
    assertThat(e.getMessage())
        .startsWith("surql.engine=CONTAINER runs SurrealDB in Docker through Testcontainers")
        .contains("add the dependency dev.surql:surql-testcontainers")
        .contains("surql.engine=EMBEDDED");
  }

  @Test
  void auto_on_this_classpath_says_that_it_skipped_containers() {
    EngineResolution resolution =
        new EngineResolver(EngineEnvironment.system())
            .resolve(EngineConfig.defaults().withKind(EngineKind.AUTO));

    assertThat(resolution.kind()).isNotEqualTo(EngineKind.CONTAINER);
    assertThat(resolution.reason())
        .startsWith("no CONTAINER engine (dev.surql:surql-testcontainers is not on the classpath)");
  }
}
