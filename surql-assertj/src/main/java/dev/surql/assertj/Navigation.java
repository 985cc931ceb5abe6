package dev.surql.assertj;

import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.Assert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * How an assertion creates the assertions it navigates to ({@code table("user")}, {@code
 * step("v2")}…) and what it does when the target is missing: directly and failing at once, or, for
 * soft assertions, as soft proxies that collect the failure and let the chain go on.
 */
abstract class Navigation {

  /** Plain assertions: children created directly, a missing target fails at once. */
  static final Navigation HARD =
      new Navigation() {
        @Override
        <A extends Assert<? extends A, ? extends T>, T> A create(
            Class<A> type, Class<T> actualType, T actual, Function<T, A> direct) {
          return direct.apply(actual);
        }

        @Override
        void missing(AssertionError error) {
          throw error;
        }
      };

  /** Soft assertions: children are proxies of {@code softly}, a missing target is collected. */
  static Navigation soft(SoftAssertionsProvider softly) {
    Objects.requireNonNull(softly, "softly");
    return new Navigation() {
      @Override
      <A extends Assert<? extends A, ? extends T>, T> A create(
          Class<A> type, Class<T> actualType, T actual, Function<T, A> direct) {
        return softly.proxy(type, actualType, actual);
      }

      @Override
      void missing(AssertionError error) {
        softly.collectAssertionError(error);
      }
    };
  }

  abstract <A extends Assert<? extends A, ? extends T>, T> A create(
      Class<A> type, Class<T> actualType, T actual, Function<T, A> direct);

  /** Reports that the target of a navigation does not exist. */
  abstract void missing(AssertionError error);

  /** {@code parent, child}, or just {@code child} when the parent has no description. */
  static String describe(String parent, String child) {
    return parent == null || parent.isEmpty() ? child : parent + ", " + child;
  }
}
