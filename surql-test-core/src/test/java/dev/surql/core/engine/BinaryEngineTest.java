package dev.surql.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
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
  void a_binary_that_exits_at_once_is_reported_with_its_exit_code_and_output(@TempDir Path temp) throws IOException {
    Path binary = temp.resolve("surreal");
    Files.writeString(binary, "#!/bin/sh\necho \"error: unexpected argument '$1' found\" >&2\nexit 3\n");
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
    assertThat(e.getMessage()).contains("Could not run " + missing).contains("surql.binary (SURQL_BINARY)");
  }
}
