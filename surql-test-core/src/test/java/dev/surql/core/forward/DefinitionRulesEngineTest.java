package dev.surql.core.forward;

import static dev.surql.core.forward.SeededDatabase.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.SurqlException;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.rule.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SQ411 and SQ412 on the real engine: DEFINEs of what exists, and access methods re-applied. */
class DefinitionRulesEngineTest {

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void defineOfSomethingThatExistsFailsTheUp(SurrealVersion version) {
    try (SeededDatabase db =
        SeededDatabase.with(
            version,
            """
        DEFINE TABLE user SCHEMAFULL;
        DEFINE FIELD name ON user TYPE string;
        DEFINE INDEX user_name ON user FIELDS name;
        DEFINE FUNCTION fn::greet($n: string) { RETURN 'hi ' + $n };
        DEFINE PARAM $limit VALUE 10;
        """)) {
      String[] ups = {
        "DEFINE TABLE user SCHEMAFULL;",
        "DEFINE FIELD name ON user TYPE string;",
        "DEFINE INDEX user_name ON user FIELDS name;",
        "DEFINE FUNCTION fn::greet($n: string) { RETURN 'hi ' + $n };",
        "DEFINE PARAM $limit VALUE 10;"
      };
      for (String up : ups) {
        ForwardIssue issue = only(db.analyze(up), Rule.DEFINE_EXISTS);
        assertThat(issue.safety()).isEqualTo(ForwardSafety.UNSAFE);
        assertThat(issue.hint()).contains("IF NOT EXISTS").contains("OVERWRITE");
        assertThatThrownBy(() -> db.apply(up))
            .as(up)
            .isInstanceOf(SurqlException.class)
            .hasMessageContaining("already exists");
      }
      assertThat(
              db.analyze(
                  "DEFINE TABLE IF NOT EXISTS user SCHEMAFULL; DEFINE FIELD OVERWRITE name ON user TYPE "
                      + "string; DEFINE FUNCTION OVERWRITE fn::greet($n: string) { RETURN 'hello ' + $n };"))
          .extracting(ForwardIssue::rule)
          .doesNotContain(Rule.DEFINE_EXISTS);
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void accessReadBackRedactedRotatesTheKeyWhenReApplied(SurrealVersion version) {
    try (SeededDatabase db =
        SeededDatabase.with(
            version,
            """
        DEFINE ACCESS api ON DATABASE TYPE JWT ALGORITHM HS512 KEY 'a-long-shared-secret';
        """)) {
      String captured = db.schema().accesses().get("api");
      assertThat(captured)
          .as("the key is read back redacted")
          .contains("KEY '[REDACTED]'")
          .doesNotContain("a-long-shared-secret");
      String up = captured.replace("DEFINE ACCESS api", "DEFINE ACCESS OVERWRITE api") + ";";
      ForwardIssue issue = only(db.analyze(up), Rule.ACCESS_KEY_ROTATED);
      assertThat(issue.safety()).isEqualTo(ForwardSafety.UNSAFE);
      assertThat(issue.description()).contains("'[REDACTED]'");
      db.apply(up);
      assertThat(db.schema().accesses().get("api"))
          .as("the engine accepted the redacted text as the key")
          .contains("KEY '[REDACTED]'");

      ForwardIssue regenerated =
          only(
              db.analyze(
                  "DEFINE ACCESS OVERWRITE api ON DATABASE TYPE RECORD SIGNIN (SELECT * FROM user WHERE name = $name);"),
              Rule.ACCESS_KEY_ROTATED);
      assertThat(regenerated.safety()).isEqualTo(ForwardSafety.DATA_LOSS);
      assertThat(regenerated.description()).contains("the server generates a new key");
      assertThat(
              db.analyze(
                  "DEFINE ACCESS OVERWRITE api ON DATABASE TYPE JWT ALGORITHM HS512 KEY $secret;"))
          .as("an explicit key")
          .isEmpty();
    }
  }
}
