package dev.surql.assertj;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions for surql-test: every failure is collected and {@link #assertAll()} reports them
 * together, so one test run shows everything wrong with a migration. Works with AssertJ's JUnit 5
 * extension:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class UserMigrationTest {
 *   @InjectSoftAssertions SurqlSoftAssertions softly;
 *
 *   @Test void adds_profile() {
 *     softly.assertThat(snapshot).hasTable("profile").hasField("profile", "bio");
 *     softly.assertThat(plan).isSafe();
 *   }
 * }
 * }</pre>
 */
public class SurqlSoftAssertions extends AbstractSoftAssertions
    implements SurqlSoftAssertionsProvider {

  /** Runs {@code softly} with a fresh instance and reports every collected failure at the end. */
  public static void assertSoftly(Consumer<SurqlSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(SurqlSoftAssertions.class, softly);
  }
}
