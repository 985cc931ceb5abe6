package dev.surql.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.engine.EngineCapabilities;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class BinaryEngineTest {

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void a_binary_that_exits_at_once_is_reported_with_its_exit_code_and_output(@TempDir Path temp)
      throws IOException {
    Path binary = temp.resolve("surreal");
    Files.writeString(
        binary, "#!/bin/sh\necho \"error: unexpected argument '$1' found\" >&2\nexit 3\n");
    Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
    EngineConfig config = EngineConfig.defaults().withKind(EngineKind.BINARY).withBinary(binary);

    SurqlException e = catchThrowableOfType(SurqlException.class, () -> BinaryEngine.start(config));

    assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_START_FAILED);
    assertThat(e.getMessage())
        .contains(binary + " exited with code 3 before it answered on 127.0.0.1:")
        .contains("surql.binary / SURQL_BINARY")
        .contains("error: unexpected argument 'start' found");
  }

  @Test
  void a_binary_that_cannot_run_is_reported_with_a_remedy(@TempDir Path temp) {
    Path missing = temp.resolve("no-such-surreal");
    EngineConfig config = EngineConfig.defaults().withKind(EngineKind.BINARY).withBinary(missing);

    SurqlException e = catchThrowableOfType(SurqlException.class, () -> SurqlEngines.start(config));

    assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_START_FAILED);
    assertThat(e.getMessage())
        .contains("Could not run " + missing)
        .contains("surql.binary (SURQL_BINARY)");
  }

  /**
   * A stand-in for {@code surreal start}: records its arguments and the credentials it finds in its
   * environment, then serves the 2.6 embedded engine with those credentials on the port given with
   * {@code --bind}, so the BINARY engine talks to a real 2.6 server.
   */
  private static Path fakeSurreal26(Path temp, Path arguments) throws IOException {
    EngineConfig embedded = EngineConfig.defaults().withVersion(SurrealVersion.V2_6);
    Path node = Executables.findOnPath("node").orElseThrow();
    Path install = EmbeddedEngine.install(embedded, node);
    Path binary = temp.resolve("surreal");
    Files.writeString(
        binary,
        "#!/bin/sh\necho \"$@\" > '"
            + arguments
            + "'\necho \"$SURREAL_USER:$SURREAL_PASS\" >> '"
            + arguments
            + "'\nport=${3##*:}\ncd '"
            + install
            + "' && SURQL_EMBEDDED_ENGINE=wasm SURQL_EMBEDDED_PORT=$port SURQL_EMBEDDED_USER=\"$SURREAL_USER\""
            + " SURQL_EMBEDDED_PASS=\"$SURREAL_PASS\" exec '"
            + node
            + "' server.mjs\n");
    Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
    return binary;
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void capabilities_become_start_flags_and_a_binary_of_another_line_is_refused_and_stopped(
      @TempDir Path temp) throws IOException {
    Path arguments = temp.resolve("arguments.txt");
    EngineConfig config =
        EngineConfig.defaults()
            .withKind(EngineKind.BINARY)
            .withBinary(fakeSurreal26(temp, arguments))
            .withUser("binary-root")
            .withPassword("binary-secret-7")
            .withCapabilities(
                EngineCapabilities.parse("experimental:record_references,net:example.com", "test"));

    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () -> SurqlEngines.start(config.withVersion(SurrealVersion.V3_0)));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(e.getMessage())
        .startsWith(
            "SurrealDB 3.0 was asked for (surql.version, --surrealdb), but the 'surreal'"
                + " binary "
                + config.binary().orElseThrow()
                + " (surql.binary) reports surrealdb-2.6.0.");
    assertThat(Files.readAllLines(arguments))
        .hasSize(2)
        .satisfiesExactly(
            commandLine ->
                assertThat(commandLine)
                    .matches(
                        "start --bind 127\\.0\\.0\\.1:\\d+ "
                            + "--allow-experimental record_references --allow-net example.com memory"),
            environment -> assertThat(environment).isEqualTo("binary-root:binary-secret-7"));
    try (SurrealEngine engine = SurqlEngines.start(config.withVersion(SurrealVersion.V2_6))) {
      assertThat(engine.kind()).isEqualTo(EngineKind.BINARY);
      assertThat(engine.releaseLine()).contains(SurrealVersion.V2_6);
      try (SurqlDatabase database = SurqlDatabase.create(engine, "binary_credentials")) {
        assertThat(database.client().query("RETURN 1;").size())
            .isEqualTo(1); // the root user from the environment
      }
    }
  }

  @Test
  void the_command_line_holds_no_credentials_they_go_through_the_environment(@TempDir Path temp) {
    EngineConfig config =
        EngineConfig.defaults()
            .withKind(EngineKind.BINARY)
            .withUser("cmd-root")
            .withPassword("cmd-secret-42");

    ProcessBuilder builder = BinaryEngine.processBuilder(temp.resolve("surreal"), 8123, config);

    assertThat(builder.command())
        .containsExactly(
            temp.resolve("surreal").toString(), "start", "--bind", "127.0.0.1:8123", "memory");
    assertThat(String.join(" ", builder.command()))
        .doesNotContain("cmd-secret-42")
        .doesNotContain("cmd-root")
        .doesNotContain("--pass")
        .doesNotContain("--user");
    assertThat(builder.environment())
        .containsEntry("SURREAL_USER", "cmd-root")
        .containsEntry("SURREAL_PASS", "cmd-secret-42");
  }
}
