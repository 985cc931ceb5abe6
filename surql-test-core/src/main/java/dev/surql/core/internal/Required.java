package dev.surql.core.internal;

/**
 * The check the builders of the API's value types make in {@code build()}: a required value that
 * was never set fails with a message naming the type and the value, and saying which call sets it.
 */
public final class Required {
  private Required() {}

  /**
   * Checks that {@code value} was set.
   *
   * @param value the builder's value, {@code null} if never set
   * @param type the simple name of the type being built, e.g. {@code RollbackIssue}
   * @param name the value's name, which is also its setter's name, e.g. {@code version}
   * @throws IllegalStateException if {@code value} is {@code null}
   */
  public static void set(Object value, String type, String name) {
    if (value == null) {
      throw new IllegalStateException(
          type + " needs " + name + "; call " + name + "(…) before build()");
    }
  }
}
