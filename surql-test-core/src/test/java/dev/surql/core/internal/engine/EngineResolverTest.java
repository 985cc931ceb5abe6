package dev.surql.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlEngines;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineResolverTest {
  private static final EngineConfig AUTO = EngineConfig.defaults().withKind(EngineKind.AUTO);

  /**
   * Fakes what is installed: surql-testcontainers on the classpath or not, Docker answering or not,
   * and which executables are on PATH.
   */
  private record FakeEnvironment(boolean containers, boolean docker, Set<String> onPath)
      implements EngineEnvironment {
    FakeEnvironment(boolean docker, Set<String> onPath) {
      this(true, docker, onPath);
    }

    @Override
    public boolean hasContainerSupport() {
      return containers;
    }

    @Override
    public boolean isDockerAvailable() {
      return docker;
    }

    @Override
    public Optional<Path> findOnPath(String executable) {
      return onPath.contains(executable)
          ? Optional.of(Path.of("/usr/local/bin", executable))
          : Optional.empty();
    }
  }

  private static EngineResolution resolve(EngineConfig config, boolean docker, String... onPath) {
    return new EngineResolver(new FakeEnvironment(docker, Set.of(onPath))).resolve(config);
  }

  @Test
  void a_url_wins_over_everything_else() {
    EngineResolution resolution = resolve(AUTO.withUrl("http://db:8000"), true, "surreal", "node");

    assertThat(resolution.kind()).isEqualTo(EngineKind.EXTERNAL);
    assertThat(resolution.reason()).contains("surql.url").contains("http://db:8000");
  }

  @Test
  void docker_comes_next() {
    EngineResolution resolution = resolve(AUTO, true, "surreal", "node");

    assertThat(resolution.kind()).isEqualTo(EngineKind.CONTAINER);
    assertThat(resolution.reason()).contains("Docker");
  }

  @Test
  void without_surql_testcontainers_on_the_classpath_auto_skips_docker_and_says_so() {
    EngineResolution resolution =
        new EngineResolver(new FakeEnvironment(false, true, Set.of("node"))).resolve(AUTO);

    assertThat(resolution.kind()).isEqualTo(EngineKind.EMBEDDED);
    assertThat(resolution.reason())
        .isEqualTo(
            "no CONTAINER engine (dev.surql:surql-testcontainers is not on the"
                + " classpath) and no 'surreal' is on PATH; 'node' is on PATH at /usr/local/bin/node");
  }

  @Test
  void with_surql_testcontainers_but_no_docker_the_reason_names_docker() {
    EngineResolution resolution = resolve(AUTO, false, "node");

    assertThat(resolution.reason())
        .startsWith("no Docker engine answers and no 'surreal' is on PATH");
  }

  @Test
  void nothing_available_without_surql_testcontainers_says_to_add_it() {
    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () -> new EngineResolver(new FakeEnvironment(false, false, Set.of())).resolve(AUTO));

    assertThat(e.getMessage())
        .contains(
            "CONTAINER: Docker and the dev.surql:surql-testcontainers dependency (not on"
                + " the classpath: add it)");
  }

  @Test
  void then_a_surreal_binary_on_path() {
    EngineResolution resolution = resolve(AUTO, false, "surreal", "node");

    assertThat(resolution.kind()).isEqualTo(EngineKind.BINARY);
    assertThat(resolution.reason()).contains("/usr/local/bin/surreal");
  }

  @Test
  void a_configured_binary_counts_as_available() {
    EngineResolution resolution = resolve(AUTO.withBinary(Path.of("/opt/surreal")), false, "node");

    assertThat(resolution.kind()).isEqualTo(EngineKind.BINARY);
    assertThat(resolution.reason()).contains("surql.binary").contains("/opt/surreal");
  }

  @Test
  void then_node_on_path() {
    EngineResolution resolution = resolve(AUTO, false, "node");

    assertThat(resolution.kind()).isEqualTo(EngineKind.EMBEDDED);
    assertThat(resolution.reason()).contains("/usr/local/bin/node");
  }

  @Test
  void a_configured_node_counts_as_available() {
    EngineResolution resolution = resolve(AUTO.withNode(Path.of("/opt/node")), false);

    assertThat(resolution.kind()).isEqualTo(EngineKind.EMBEDDED);
    assertThat(resolution.reason()).contains("surql.node");
  }

  @Test
  void nothing_available_lists_all_four_ways_to_get_an_engine() {
    SurqlException e = catchThrowableOfType(SurqlException.class, () -> resolve(AUTO, false));

    assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
    assertThat(e.getMessage())
        .contains("No SurrealDB engine is available")
        .contains("EXTERNAL")
        .contains("surql.url (SURQL_URL)")
        .contains("CONTAINER")
        .contains("Docker")
        .contains("BINARY")
        .contains("surql.binary (SURQL_BINARY)")
        .contains("EMBEDDED")
        .contains("surql.node / SURQL_NODE");
  }

  @Test
  void starting_with_nothing_available_fails_before_starting_anything() {
    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () -> SurqlEngines.start(AUTO, new FakeEnvironment(false, Set.of())));

    assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
  }

  @Test
  void an_explicit_kind_is_used_as_is() {
    for (EngineKind kind :
        Set.of(EngineKind.EMBEDDED, EngineKind.CONTAINER, EngineKind.BINARY, EngineKind.EXTERNAL)) {
      EngineResolution resolution =
          resolve(AUTO.withKind(kind).withUrl("http://db:8000"), true, "surreal", "node");

      assertThat(resolution.kind()).isEqualTo(kind);
      assertThat(resolution.reason()).isEqualTo("surql.engine=" + kind);
    }
  }

  @Test
  void a_resolution_is_never_auto() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new EngineResolution(EngineKind.AUTO, "because"))
        .withMessageContaining("not AUTO");
  }
}
