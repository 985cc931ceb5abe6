package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A class asking for {@code engine = EMBEDDED} next to classes whose AUTO resolves to EMBEDDED runs
 * on the same engine: the engine is shared by resolved configuration, not by the requested one.
 */
class SharedEngineTest {
  static final Map<String, SurrealEngine> ENGINES = new ConcurrentHashMap<>();

  @TempDir Path reports;

  @Test
  void an_explicit_embedded_class_shares_the_engine_of_auto_classes_that_resolve_to_embedded() {
    ENGINES.clear();

    EngineExecutionResults results =
        SurqlTestKit.run(reports, AutoTestCases.class, EmbeddedTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(ENGINES).containsOnlyKeys("AUTO", "EMBEDDED");
    assertThat(ENGINES.get("EMBEDDED").kind()).isEqualTo(EngineKind.EMBEDDED);
    if (SurqlEngines.resolved(EngineConfig.fromEnvironment()).kind() == EngineKind.EMBEDDED) {
      assertThat(ENGINES.get("EMBEDDED")).isSameAs(ENGINES.get("AUTO"));
    } else {
      assertThat(ENGINES.get("AUTO").kind()).isNotEqualTo(EngineKind.EMBEDDED);
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  static class AutoTestCases {
    @Test
    void records(SurqlDatabase database) {
      ENGINES.put("AUTO", database.engine());
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", engine = EngineKind.EMBEDDED)
  static class EmbeddedTestCases {
    @Test
    void records(SurqlDatabase database) {
      ENGINES.put("EMBEDDED", database.engine());
    }
  }
}
