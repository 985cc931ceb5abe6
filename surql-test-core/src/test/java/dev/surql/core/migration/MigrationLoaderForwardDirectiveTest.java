package dev.surql.core.migration;

import static dev.surql.core.migration.MigrationLoaderTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.forward.ForwardSafety;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -- @forward:} declares the most an up may do to existing data, like {@code -- @rollback:}
 * for the down.
 */
class MigrationLoaderForwardDirectiveTest {

  @TempDir Path dir;

  @Test
  void should_read_the_forward_declaration_from_the_header() throws IOException {
    write(
        dir,
        "20260101_120000_email.surql",
        """
        -- @rollback: data_loss
        -- @forward: data-loss
        -- @up
        DEFINE FIELD email ON user TYPE string;
        -- @down
        REMOVE FIELD email ON user;
        """);
    write(dir, "20260101_130000_plain.surql", "-- @up\nDEFINE TABLE plain;\n");

    MigrationSet set = MigrationLoader.load(dir);

    assertThat(set.get("20260101_120000").declaredForward()).contains(ForwardSafety.DATA_LOSS);
    assertThat(set.get("20260101_130000").declaredForward()).isEmpty();
  }

  @Test
  void should_name_file_line_and_the_accepted_values_for_an_invalid_forward_declaration()
      throws IOException {
    write(
        dir,
        "20260101_120000_email.surql",
        "-- @description: x\n-- @forward: risky\n-- @up\nDEFINE TABLE a;\n");

    MigrationValidationException e =
        catchThrowableOfType(MigrationValidationException.class, () -> MigrationLoader.load(dir));

    assertThat(e.getMessage())
        .contains(
            dir.resolve("20260101_120000_email.surql")
                + ":2: invalid -- @forward value 'risky': expected safe, data_loss or unsafe");
  }
}
