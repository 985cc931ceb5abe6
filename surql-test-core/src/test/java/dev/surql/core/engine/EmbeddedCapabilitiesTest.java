package dev.surql.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.client.JsonResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Capabilities reach the embedded engine: a record-reference schema needs {@code record_references}
 * on 2.x.
 */
class EmbeddedCapabilitiesTest {

  private static final String REFERENCES =
      "DEFINE TABLE author SCHEMAFULL; DEFINE TABLE book SCHEMAFULL;"
          + " DEFINE FIELD author ON book TYPE option<record<author>> REFERENCE ON DELETE CASCADE;";
  private static final String CASCADE =
      "CREATE author:1; CREATE book:1 SET author = author:1; DELETE author:1;"
          + " RETURN count(SELECT * FROM book);";
  private static final EngineCapabilities RECORD_REFERENCES =
      EngineCapabilities.parse("experimental:record_references", "test");

  private static EngineConfig embedded(SurrealVersion version) {
    return EngineConfig.defaults().withKind(EngineKind.EMBEDDED).withVersion(version);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V2_3", "V2_4", "V2_6"})
  void on_2x_a_reference_schema_fails_without_the_capability_and_cascades_with_it(
      SurrealVersion version) {
    SurqlClient without = SurqlEngines.shared(embedded(version)).client("caps", "caps");
    SurqlException refused =
        catchThrowableOfType(SurqlException.class, () -> without.query(REFERENCES));
    assertThat(refused.code()).isEqualTo(ErrorCode.PARSE_ERROR);
    assertThat(refused.getMessage())
        .contains("Experimental capability `record_references` is not enabled");

    try (SurrealEngine engine =
        SurqlEngines.start(embedded(version).withCapabilities(RECORD_REFERENCES))) {
      SurqlClient with = engine.client("caps", "caps");
      with.query(REFERENCES);
      assertThat(JsonResults.tree(with.query(CASCADE).last()).asInt())
          .as("books left after their author was deleted")
          .isZero();
    }
  }

  @Test
  void on_3_0_references_are_stable_and_the_experimental_capability_is_still_accepted() {
    try (SurrealEngine engine =
        SurqlEngines.start(embedded(SurrealVersion.V3_0).withCapabilities(RECORD_REFERENCES))) {
      SurqlClient client = engine.client("caps", "caps");
      client.query(REFERENCES);
      assertThat(client.query(CASCADE).last().asLong()).isZero();
      assertThat(client.query("RETURN string::len('abc')").last().asLong()).isEqualTo(3);
    }
    SurqlClient plain = SurqlEngines.shared(embedded(SurrealVersion.V3_0)).client("caps3", "caps3");
    plain.query(REFERENCES);
    assertThat(plain.query(CASCADE).last().asLong()).isZero();
  }

  @Test
  void allowed_network_targets_reach_the_engine() {
    String call = "RETURN http::get('http://127.0.0.1:9/')";
    for (SurrealVersion version : new SurrealVersion[] {SurrealVersion.V2_6, SurrealVersion.V3_0}) {
      SurqlClient denied = SurqlEngines.shared(embedded(version)).client("net", "net");
      assertThat(denied.queryAllowingErrors(call).last().errorMessage())
          .as("%s without net", version)
          .hasValueSatisfying(
              m -> assertThat(m).contains("Access to network target '127.0.0.1:9' is not allowed"));
      try (SurrealEngine engine =
          SurqlEngines.start(
              embedded(version)
                  .withCapabilities(EngineCapabilities.parse("net:127.0.0.1:9", "test")))) {
        assertThat(engine.client("net", "net").queryAllowingErrors(call).last().errorMessage())
            .as("%s with net", version)
            .hasValueSatisfying(
                m -> assertThat(m).doesNotContain("is not allowed").contains("error"));
      }
    }
  }
}
