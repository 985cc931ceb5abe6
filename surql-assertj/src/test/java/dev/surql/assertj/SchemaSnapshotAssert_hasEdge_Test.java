package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.userSnapshot;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveEdge.shouldBeEdge;
import static dev.surql.assertj.error.ShouldHaveEdge.shouldConnect;
import static dev.surql.assertj.error.ShouldHaveEdge.shouldHaveEdge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.snapshot.SchemaSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaSnapshotAssert_hasEdge_Test {

  private static final String DESCRIPTION = "snapshot v2";
  private final SchemaSnapshot snapshot = userSnapshot("v2");

  @Test
  void should_pass_if_edge_exists_with_its_in_and_out_tables() {
    assertThat(snapshot)
        .hasEdge("wrote")
        .hasEdge("wrote", "user", "post")
        .hasEdge("wrote", List.of("user"), List.of("post"));
  }

  @Test
  void should_fail_if_edge_is_missing() {
    AssertionError error = expectAssertionError(() -> assertThat(snapshot).hasEdge("likes"));
    assertThat(error).hasMessage(message(shouldHaveEdge(snapshot, "likes"), DESCRIPTION));
    assertThat(error.getMessage()).contains("<edges: [\"wrote\"]>");
  }

  @Test
  void should_fail_if_table_is_not_a_relation() {
    AssertionError error = expectAssertionError(() -> assertThat(snapshot).hasEdge("user"));
    assertThat(error)
        .hasMessage(
            message(shouldBeEdge(snapshot, snapshot.schema().tables().get("user")), DESCRIPTION));
    assertThat(error.getMessage()).contains("to be an edge (TYPE RELATION) but it is NORMAL");
  }

  @Test
  void should_fail_if_edge_connects_other_tables() {
    AssertionError error =
        expectAssertionError(() -> assertThat(snapshot).hasEdge("wrote", "post", "user"));
    assertThat(error)
        .hasMessage(
            message(
                shouldConnect(
                    snapshot,
                    snapshot.schema().tables().get("wrote"),
                    List.of("post"),
                    List.of("user")),
                DESCRIPTION));
    assertThat(error.getMessage())
        .contains(
            String.format(
                "to connect:%n  <IN [\"post\"] OUT [\"user\"]>%n"
                    + "but it connects:%n  <IN [\"user\"] OUT [\"post\"]>"));
  }

  @Test
  void should_fail_if_actual_is_null() {
    expectAssertionError(() -> assertThat((SchemaSnapshot) null).hasEdge("wrote", "user", "post"));
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(snapshot).hasEdge("wrote", null, "post"))
        .withMessage("The IN table to compare against should not be null");
  }
}
