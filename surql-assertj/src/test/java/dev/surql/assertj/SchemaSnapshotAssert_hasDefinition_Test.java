package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.userSnapshot;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveDefinition.shouldHaveDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SchemaSnapshot;
import org.junit.jupiter.api.Test;

class SchemaSnapshotAssert_hasDefinition_Test {

  private final SchemaSnapshot snapshot = userSnapshot("v4");

  @Test
  void should_pass_if_definitions_exist_with_or_without_prefix() {
    assertThat(snapshot)
        .hasFunction("greet")
        .hasFunction("fn::greet")
        .hasParam("max")
        .hasParam("$max")
        .hasAnalyzer("ascii")
        .hasAccess("account");
  }

  @Test
  void should_fail_if_function_is_missing() {
    AssertionError error =
        expectAssertionError(() -> assertThat(snapshot).hasFunction("fn::farewell"));
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveDefinition(
                    snapshot,
                    SchemaElement.FUNCTION,
                    snapshot.schema().functions().keySet(),
                    "fn::farewell"),
                "snapshot v4"));
    assertThat(error.getMessage())
        .contains(
            String.format(
                "<functions: [\"greet\"]>%nto have function:%n" + "  <\"fn::farewell\">"));
  }

  @Test
  void should_fail_if_param_analyzer_or_access_is_missing() {
    assertThat(expectAssertionError(() -> assertThat(snapshot).hasParam("min")))
        .hasMessage(
            message(
                shouldHaveDefinition(
                    snapshot, SchemaElement.PARAM, snapshot.schema().params().keySet(), "min"),
                "snapshot v4"));
    assertThat(expectAssertionError(() -> assertThat(snapshot).hasAnalyzer("english")))
        .hasMessage(
            message(
                shouldHaveDefinition(
                    snapshot,
                    SchemaElement.ANALYZER,
                    snapshot.schema().analyzers().keySet(),
                    "english"),
                "snapshot v4"));
    assertThat(expectAssertionError(() -> assertThat(snapshot).hasAccess("api")))
        .hasMessage(
            message(
                shouldHaveDefinition(
                    snapshot, SchemaElement.ACCESS, snapshot.schema().accesses().keySet(), "api"),
                "snapshot v4"));
  }

  @Test
  void should_fail_if_actual_is_null() {
    expectAssertionError(() -> assertThat((SchemaSnapshot) null).hasFunction("greet"));
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(snapshot).hasAccess(null))
        .withMessage("The access name to compare against should not be null");
  }
}
