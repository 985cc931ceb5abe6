package dev.surql.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineCapabilitiesTest {

  @Test
  void reads_a_list_and_gives_each_engine_kind_its_form() {
    EngineCapabilities caps =
        EngineCapabilities.parse(
            " experimental:record_references , scripting,net:api.example.com:443,guests,experimental:graphql,",
            "test");

    assertThat(caps.experimental()).containsExactly("graphql", "record_references");
    assertThat(caps.scripting()).isTrue();
    assertThat(caps.guests()).isTrue();
    assertThat(caps.networkTargets()).containsExactly("api.example.com:443");
    assertThat(caps.embeddedOption(SurrealVersion.V2_6))
        .isEqualTo(
            Map.of(
                "experimental",
                List.of("graphql", "record_references"),
                "scripting",
                true,
                "guest_access",
                true,
                "network_targets",
                List.of("api.example.com:443")));
    assertThat(caps.embeddedOption(SurrealVersion.V3_0)).containsEntry("experimental", true);
    assertThat(caps.startArguments())
        .containsExactly(
            "--allow-experimental",
            "graphql,record_references",
            "--allow-scripting",
            "--allow-guests",
            "--allow-net",
            "api.example.com:443");
    assertThat(caps.serverEnvironment())
        .containsExactly(
            Map.entry("SURREAL_CAPS_ALLOW_EXPERIMENTAL", "graphql,record_references"),
            Map.entry("SURREAL_CAPS_ALLOW_SCRIPT", "true"),
            Map.entry("SURREAL_CAPS_ALLOW_GUESTS", "true"),
            Map.entry("SURREAL_CAPS_ALLOW_NET", "api.example.com:443"));
    assertThat(EngineCapabilities.parse(caps.toString(), "again")).isEqualTo(caps);
  }

  @Test
  void nothing_is_the_defaults_and_and_joins_two_sets() {
    assertThat(EngineCapabilities.parse(" ", "test").isNone()).isTrue();
    assertThat(EngineCapabilities.parse(null, "test")).isEqualTo(EngineCapabilities.none());
    assertThat(EngineCapabilities.none().startArguments()).isEmpty();
    assertThat(EngineCapabilities.none().embeddedOption(SurrealVersion.V3_0)).isEmpty();
    assertThat(
            EngineCapabilities.parse("scripting", "a")
                .and(EngineCapabilities.parse("experimental:x", "b")))
        .isEqualTo(EngineCapabilities.parse("experimental:x,scripting", "c"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "record_references",
        "experimental:",
        "experimental:a b",
        "scripting:yes",
        "net:",
        "all"
      })
  void an_unknown_item_is_named_with_its_source_and_the_accepted_forms(String item) {
    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () -> EngineCapabilities.parse("scripting," + item, "surql.capabilities"));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(e.getMessage())
        .startsWith("surql.capabilities: '" + item + "' is not an engine capability")
        .contains(
            "experimental:NAME (e.g. experimental:record_references), scripting, guests, net:HOST");
  }
}
