package dev.surql.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.internal.engine.SharedEngineKey;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Shared engines are keyed by the resolved configuration, and only by what the resolved kind uses:
 * asking for the same engine in other words never starts a second process.
 */
class SharedEnginesTest {
  private static final EngineConfig EMBEDDED =
      EngineConfig.defaults().withKind(EngineKind.EMBEDDED);

  @Test
  void an_explicit_kind_shares_the_engine_auto_resolved_to() {
    EngineConfig auto = EngineConfig.defaults();
    EngineConfig explicit = auto.withKind(SurqlEngines.resolved(auto).kind());

    assertThat(SurqlEngines.shared(explicit)).isSameAs(SurqlEngines.shared(auto));
  }

  @Test
  void settings_the_embedded_engine_does_not_use_do_not_start_a_second_one() {
    SurrealEngine engine = SurqlEngines.shared(EMBEDDED);

    assertThat(SurqlEngines.shared(EMBEDDED.withStartupTimeout(Duration.ofSeconds(77))))
        .isSameAs(engine);
    assertThat(SurqlEngines.shared(EMBEDDED.withImage("surrealdb/surrealdb:v2.6.0")))
        .isSameAs(engine);
    assertThat(SurqlEngines.shared(EMBEDDED.withBinary(Path.of("/opt/surreal")))).isSameAs(engine);
    assertThat(SurqlEngines.shared(EMBEDDED.withVersion(SurrealVersion.DEFAULT))).isSameAs(engine);
  }

  @Test
  void naming_the_node_that_path_gives_anyway_shares_the_engine() {
    SharedEngineKey fromPath = SharedEngineKey.of(SurqlEngines.resolved(EMBEDDED));
    Path node = Path.of(fromPath.target().substring(0, fromPath.target().lastIndexOf(' ')));

    assertThat(SurqlEngines.shared(EMBEDDED.withNode(node)))
        .isSameAs(SurqlEngines.shared(EMBEDDED));
  }

  @Test
  void what_the_engine_uses_tells_engines_apart() {
    SharedEngineKey base = SharedEngineKey.of(SurqlEngines.resolved(EMBEDDED));

    assertThat(SharedEngineKey.of(SurqlEngines.resolved(EMBEDDED.withVersion(SurrealVersion.V2_6))))
        .isNotEqualTo(base);
    assertThat(SharedEngineKey.of(SurqlEngines.resolved(EMBEDDED.withPassword("other"))))
        .isNotEqualTo(base);
    assertThat(
            SharedEngineKey.of(
                SurqlEngines.resolved(
                    EMBEDDED.withCapabilities(
                        EngineCapabilities.parse("experimental:record_references", "test")))))
        .isNotEqualTo(base);
    assertThat(
            SharedEngineKey.of(
                SurqlEngines.resolved(EMBEDDED.withEmbeddedStorage(Path.of("target", "kv")))))
        .isNotEqualTo(base);
    assertThat(base.toString()).doesNotContain("root:").doesNotContain("password");
  }
}
