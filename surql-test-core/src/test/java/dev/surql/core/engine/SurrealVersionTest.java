package dev.surql.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SurrealVersionTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "3.0, V3_0",
    "' 2.6 ', V2_6",
    "v2.4, V2_4",
    "2.3.10, V2_3",
    "surrealdb-2.6.0, V2_6",
    "3.0.5, V3_0",
    "V3.0, V3_0",
    "2.06, V2_6"
  })
  void reads_a_line_a_v_prefixed_line_or_a_full_version(String text, SurrealVersion expected) {
    assertThat(SurrealVersion.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"2.5", "3.1", "1.5", "3", "latest", "", "2.6.x"})
  void an_unsupported_value_is_named_with_its_source_and_the_supported_lines(String text) {
    SurqlException e =
        catchThrowableOfType(SurqlException.class, () -> SurrealVersion.parse(text, "--surrealdb"));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(e.getMessage())
        .startsWith("--surrealdb=" + text + " is not a SurrealDB release line")
        .endsWith("use one of 3.0 (default), 2.6, 2.4, 2.3.");
  }

  @Test
  void each_line_names_its_embedded_package_and_container_tag() {
    assertThat(SurrealVersion.DEFAULT).isEqualTo(SurrealVersion.V3_0);
    assertThat(SurrealVersion.V3_0.embeddedPackage()).isEqualTo("@surrealdb/node");
    assertThat(SurrealVersion.V3_0.embeddedIsWasm()).isFalse();
    assertThat(SurrealVersion.V3_0.containerTag()).isEqualTo("v3.0.2");
    assertThat(
            SurrealVersion.V2_6.embeddedPackage()
                + "@"
                + SurrealVersion.V2_6.embeddedPackageVersion())
        .isEqualTo("@surrealdb/wasm@2.6.1");
    assertThat(SurrealVersion.V2_6.embeddedIsWasm()).isTrue();
    assertThat(SurrealVersion.V2_6.containerTag()).isEqualTo("v2.6.0");
    assertThat(SurrealVersion.V2_3.engineVersion()).isEqualTo("2.3.10");
    assertThat(SurrealVersion.V2_4.major()).isEqualTo(2);
    assertThat(SurrealVersion.V2_6).hasToString("2.6");
  }

  @Test
  void a_server_version_belongs_to_its_line_only() {
    assertThat(SurrealVersion.V2_6.matches("surrealdb-2.6.5")).isTrue();
    assertThat(SurrealVersion.V2_6.matches("surrealdb-2.4.0")).isFalse();
    assertThat(SurrealVersion.V3_0.matches("surrealdb-3.0.2")).isTrue();
    assertThat(SurrealVersion.V3_0.matches("surrealdb-3.1.0")).isFalse();
    assertThat(SurrealVersion.fromServerVersion("surrealdb-2.3.10")).contains(SurrealVersion.V2_3);
    assertThat(SurrealVersion.fromServerVersion("surrealdb-1.5.4")).isEmpty();
    assertThat(SurrealVersion.fromServerVersion("not a version")).isEmpty();
  }
}
