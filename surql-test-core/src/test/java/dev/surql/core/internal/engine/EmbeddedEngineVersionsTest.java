package dev.surql.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.client.TransactionFailedException;
import dev.surql.core.engine.EngineCapabilities;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.internal.client.JsonResults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every release line's embedded engine, started for real, answers like a server of that line. */
class EmbeddedEngineVersionsTest {

  private static EngineConfig embedded(SurrealVersion version) {
    return EngineConfig.defaults().withKind(EngineKind.EMBEDDED).withVersion(version);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SurrealVersion.class)
  void each_line_runs_its_own_engine_with_transactions_and_its_own_info_shapes(
      SurrealVersion version) {
    try (SurrealEngine engine = SurqlEngines.start(embedded(version))) {
      assertThat(engine.serverVersion()).isEqualTo("surrealdb-" + version.engineVersion());
      assertThat(engine.releaseLine()).contains(version);
      SurqlClient client = engine.client("v_ns", "v_db");

      List<StatementResult> own =
          client.transaction(
              List.of(
                  "DEFINE TABLE t SCHEMAFULL",
                  "DEFINE FIELD tags ON t TYPE array<string>",
                  "CREATE t:1 SET tags = ['a']"));
      assertThat(own).hasSize(3).allMatch(StatementResult::ok);
      assertThat(JsonResults.tree(own.get(2)).get(0).path("id").asText()).isEqualTo("t:1");

      JsonNode fields = JsonResults.tree(client.query("INFO FOR TABLE t").last()).path("fields");
      String element = version.major() == 2 ? "tags[*]" : "tags.*";
      assertThat(fields.fieldNames()).toIterable().containsExactlyInAnyOrder("tags", element);
      assertThat(fields.path(element).asText())
          .startsWith("DEFINE FIELD " + element + " ON t TYPE string");

      TransactionFailedException failed =
          catchThrowableOfType(
              TransactionFailedException.class,
              () -> client.transaction(List.of("DEFINE TABLE gone", "THROW 'stop here'")));
      assertThat(failed.getMessage()).contains("THROW 'stop here'").contains("stop here");
      assertThat(JsonResults.tree(client.query("INFO FOR DB").last()).path("tables").has("gone"))
          .isFalse();

      SurqlException parse =
          catchThrowableOfType(SurqlException.class, () -> client.query("SELEC 1"));
      assertThat(parse.code()).isEqualTo(ErrorCode.PARSE_ERROR);
      assertThat(
              JsonResults.tree(engine.client("other_ns", "other_db").query("INFO FOR DB").last())
                  .path("tables")
                  .size())
          .isZero();
    }
  }

  @Test
  void the_2x_engine_serves_concurrent_requests_for_different_databases_without_mixing_them()
      throws Exception {
    SurrealEngine engine = SurqlEngines.shared(embedded(SurrealVersion.V2_6));
    int threads = 6;
    int queries = 30;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Integer>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        SurqlClient client = engine.client("conc_" + t, "conc_" + t);
        Callable<List<Integer>> work =
            () -> {
              List<Integer> counts = new ArrayList<>();
              for (int q = 0; q < queries; q++) {
                counts.add(
                    client
                        .query(
                            "CREATE marker SET n = <int>$n; RETURN count(SELECT * FROM marker);",
                            Map.of("n", q))
                        .last()
                        .as(Integer.class));
              }
              return counts;
            };
        futures.add(pool.submit(work));
      }
      List<Integer> expected = new ArrayList<>();
      for (int q = 1; q <= queries; q++) {
        expected.add(q);
      }
      for (Future<List<Integer>> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shared_engines_are_keyed_by_the_resolved_configuration_one_per_line() {
    EngineConfig plain = EngineConfig.defaults().withKind(EngineKind.EMBEDDED);
    SurrealEngine three = SurqlEngines.shared(plain);

    assertThat(SurqlEngines.shared(plain.withVersion(SurrealVersion.V3_0))).isSameAs(three);
    assertThat(SurqlEngines.resolved(plain))
        .isEqualTo(SurqlEngines.resolved(plain.withVersion(SurrealVersion.V3_0)));
    EngineConfig auto = EngineConfig.defaults();
    EngineConfig autoResolved = SurqlEngines.resolved(auto);
    assertThat(autoResolved.kind()).isNotEqualTo(EngineKind.AUTO);
    assertThat(SurqlEngines.resolved(auto.withKind(autoResolved.kind()))).isEqualTo(autoResolved);

    SurrealEngine twoSix = SurqlEngines.shared(plain.withVersion(SurrealVersion.V2_6));
    assertThat(twoSix).isNotSameAs(three);
    assertThat(twoSix.releaseLine()).contains(SurrealVersion.V2_6);
    assertThat(three.releaseLine()).contains(SurrealVersion.V3_0);
    assertThat(SurqlEngines.shared(plain.withVersion(SurrealVersion.V2_6))).isSameAs(twoSix);
  }

  @Test
  void an_external_server_of_another_line_is_refused_naming_both_versions() {
    SurrealEngine twoSix = SurqlEngines.shared(embedded(SurrealVersion.V2_6));
    EngineConfig external =
        EngineConfig.defaults()
            .withKind(EngineKind.EXTERNAL)
            .withUrl(twoSix.rootSettings().url().toString());

    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () -> SurqlEngines.start(external.withVersion(SurrealVersion.V3_0)));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(e.getMessage())
        .isEqualTo(
            "SurrealDB 3.0 was asked for (surql.version, --surrealdb), but the server at "
                + twoSix.rootSettings().url()
                + " reports surrealdb-2.6.0. Point surql.url (--url) at a SurrealDB 3.0 "
                + "server, or ask for 2.6 to test on what it runs.");
    try (SurrealEngine same = SurqlEngines.start(external.withVersion(SurrealVersion.V2_6));
        SurrealEngine unchecked = SurqlEngines.start(external)) {
      assertThat(same.releaseLine()).contains(SurrealVersion.V2_6);
      assertThat(unchecked.serverVersion()).isEqualTo("surrealdb-2.6.0");
      assertThat(twoSix.isRunning()).isTrue();
    }
  }

  @Test
  void the_2x_engine_refuses_persistent_storage_and_every_embedded_engine_refuses_scripting(
      @TempDir Path dir) {
    SurqlException storage =
        catchThrowableOfType(
            SurqlException.class,
            () -> SurqlEngines.start(embedded(SurrealVersion.V2_6).withEmbeddedStorage(dir)));
    SurqlException scripting =
        catchThrowableOfType(
            SurqlException.class,
            () ->
                SurqlEngines.start(
                    embedded(SurrealVersion.V3_0)
                        .withCapabilities(EngineCapabilities.parse("scripting", "test"))));

    assertThat(storage.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(storage.getMessage())
        .startsWith("surql.embedded.storage=surrealkv://" + dir.toAbsolutePath())
        .contains("surql.version=2.6 runs @surrealdb/wasm, which keeps its data in memory only");
    assertThat(scripting.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(scripting.getMessage())
        .contains("@surrealdb/node@3.0.3) is built without JavaScript functions")
        .contains("surql.engine=BINARY or CONTAINER");
  }
}
