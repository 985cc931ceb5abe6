package dev.surql.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.Concurrently;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedEngineTest {

  @Test
  void
      a_private_engine_uses_its_own_credentials_hides_the_password_and_reports_a_kill_as_connection_refused() {
    String password = "Pr1vate-S3cret;pw";
    EngineConfig config =
        EngineConfig.defaults()
            .withKind(EngineKind.EMBEDDED)
            .withUser("owner")
            .withPassword(password);
    try (EmbeddedEngine engine = EmbeddedEngine.start(config)) {
      SurqlClient client = engine.client("", "");
      assertThat(client.query("RETURN 40 + 2").last().asLong()).isEqualTo(42);
      assertThat(engine.kind()).isEqualTo(EngineKind.EMBEDDED);
      assertThat(engine.serverVersion()).startsWith("surrealdb-3.");
      assertThat(engine.isRunning()).isTrue();
      assertThat(engine.rootSettings().user()).isEqualTo("owner");
      assertThat(
              List.of(
                  engine.toString(),
                  engine.rootSettings().toString(),
                  config.toString(),
                  client.toString()))
          .allSatisfy(text -> assertThat(text).doesNotContain(password));

      engine.process().destroyForcibly();
      waitForExit(engine.process(), Duration.ofSeconds(10));

      SurqlException e = catchThrowableOfType(SurqlException.class, () -> client.query("RETURN 1"));
      assertThat(e.code()).isEqualTo(ErrorCode.CONNECTION_REFUSED);
      assertThat(e.getMessage())
          .contains(engine.rootSettings().url().toString())
          .doesNotContain(password);
      assertThat(engine.isRunning()).isFalse();
    }
  }

  @Test
  void close_stops_the_node_process_and_every_concurrent_caller_returns_only_once_it_is_gone()
      throws Exception {
    EmbeddedEngine engine =
        EmbeddedEngine.start(EngineConfig.defaults().withKind(EngineKind.EMBEDDED));
    ProcessHandle node = engine.process();

    List<Boolean> aliveAfterClose =
        Concurrently.run(
            6,
            () -> {
              engine.close();
              return node.isAlive();
            });
    engine.close();

    assertThat(aliveAfterClose).hasSize(6).containsOnly(false);
    assertThat(node.isAlive()).isFalse();
    assertThat(engine.isRunning()).isFalse();
  }

  @Test
  void the_node_process_dies_with_a_jvm_that_halts_without_shutdown_hooks() throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedEngineChild.class.getName())
            .redirectErrorStream(true);
    Process child = builder.start();
    List<String> output = new ArrayList<>();
    Optional<Long> pid = Optional.empty();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        output.add(line);
        if (line.startsWith(EmbeddedEngineChild.PID_PREFIX)) {
          pid =
              Optional.of(
                  Long.parseLong(line.substring(EmbeddedEngineChild.PID_PREFIX.length()).strip()));
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child JVM exited").isTrue();
    assertThat(child.exitValue()).as("child exit code, output: %s", output).isZero();
    assertThat(pid).as("node pid printed by the child JVM, output: %s", output).isPresent();

    Optional<ProcessHandle> node = ProcessHandle.of(pid.get());
    node.ifPresent(handle -> waitForExit(handle, Duration.ofSeconds(10)));

    assertThat(ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive))
        .as("node process %d after its JVM halted", pid.get())
        .isEmpty();
  }

  @Test
  void a_configured_node_that_does_not_exist_is_reported_with_a_remedy() {
    EngineConfig config =
        EngineConfig.defaults()
            .withKind(EngineKind.EMBEDDED)
            .withNode(Path.of("/nonexistent/node"));

    SurqlException e =
        catchThrowableOfType(SurqlException.class, () -> EmbeddedEngine.start(config));

    assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
    assertThat(e.getMessage())
        .contains("surql.node (SURQL_NODE) is set to /nonexistent/node")
        .contains("not an executable file")
        .contains("Node.js 18 or newer")
        .contains("surql.engine=CONTAINER");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void a_failing_npm_ci_is_reported_with_its_output_and_a_remedy(@TempDir Path temp)
      throws IOException {
    Path tools = Files.createDirectories(temp.resolve("tools"));
    Path realNode = Executables.findOnPath("node").orElseThrow().toRealPath();
    Files.createSymbolicLink(tools.resolve("node"), realNode);
    Path npm = tools.resolve("npm");
    Files.writeString(
        npm, "#!/bin/sh\necho \"npm ERR! code E503 simulated registry outage\"\nexit 1\n");
    Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path cache = temp.resolve("cache");
    EngineConfig config =
        EngineConfig.defaults()
            .withKind(EngineKind.EMBEDDED)
            .withNode(tools.resolve("node"))
            .withCacheDir(cache);

    SurqlException e =
        catchThrowableOfType(SurqlException.class, () -> EmbeddedEngine.start(config));

    assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_START_FAILED);
    assertThat(e.getMessage())
        .contains("npm ci for the embedded engine failed (exit 1)")
        .contains(cache.toString())
        .contains("npm ERR! code E503 simulated registry outage")
        .contains("Check that the npm registry is reachable");
    try (var installs = Files.list(cache)) {
      assertThat(installs.filter(Files::isDirectory))
          .singleElement()
          .satisfies(dir -> assertThat(dir.resolve(".surql-installed")).doesNotExist());
    }
  }

  private static void waitForExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      // the assertion that follows reports it
    }
  }
}
