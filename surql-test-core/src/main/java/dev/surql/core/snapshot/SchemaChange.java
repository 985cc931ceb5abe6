package dev.surql.core.snapshot;

import dev.surql.core.internal.Required;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two snapshots.
 *
 * <p>Built with {@link #builder()}, which needs {@code type}, {@code element} and {@code name};
 * {@link #toBuilder()} copies one to change.
 */
public final class SchemaChange {
  private final ChangeType type;
  private final SchemaElement element;
  private final String name;
  private final Optional<String> before;
  private final Optional<String> after;

  private SchemaChange(
      ChangeType type,
      SchemaElement element,
      String name,
      Optional<String> before,
      Optional<String> after) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    this.type = type;
    this.element = element;
    this.name = name;
    this.before = before;
    this.after = after;
  }

  /** A builder of {@code SchemaChange}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this schema change's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.type = type;
    builder.element = element;
    builder.name = name;
    builder.before = before;
    builder.after = after;
    return builder;
  }

  /** Added, removed or modified. */
  public ChangeType type() {
    return type;
  }

  /** What kind of element. */
  public SchemaElement element() {
    return element;
  }

  /**
   * Its name: {@code user} for a table, {@code user.email} for a field, {@code user.email_idx} for
   * an index, {@code user.on_create} for an event, {@code fn::greet} for a function, {@code $max}
   * for a param, the plain name for an analyzer, access or sequence.
   */
  public String name() {
    return name;
  }

  /** Its definition in the first snapshot (absent if added). */
  public Optional<String> before() {
    return before;
  }

  /** Its definition in the second snapshot (absent if removed). */
  public Optional<String> after() {
    return after;
  }

  @Override
  public String toString() {
    String sign =
        switch (type) {
          case ADDED -> "+";
          case REMOVED -> "-";
          case MODIFIED -> "~";
        };
    return sign + " " + element.name().toLowerCase() + " " + name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof SchemaChange that
        && type.equals(that.type)
        && element.equals(that.element)
        && name.equals(that.name)
        && before.equals(that.before)
        && after.equals(that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, element, name, before, after);
  }

  /**
   * Collects the values of a {@link SchemaChange}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private ChangeType type;
    private SchemaElement element;
    private String name;
    private Optional<String> before = Optional.empty();
    private Optional<String> after = Optional.empty();

    private Builder() {}

    /** Sets {@link SchemaChange#type()}: added, removed or modified. */
    public Builder type(ChangeType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /** Sets {@link SchemaChange#element()}: what kind of element. */
    public Builder element(SchemaElement element) {
      this.element = Objects.requireNonNull(element, "element");
      return this;
    }

    /**
     * Sets {@link SchemaChange#name()}: its name: {@code user} for a table, {@code user.email} for
     * a field, {@code user.email_idx} for an index, {@code user.on_create} for an event, {@code
     * fn::greet} for a function, {@code $max} for a param, the plain name for an analyzer, access
     * or sequence.
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link SchemaChange#before()}: its definition in the first snapshot (absent if added).
     */
    public Builder before(Optional<String> before) {
      this.before = Objects.requireNonNull(before, "before");
      return this;
    }

    /** Sets {@link SchemaChange#before()} to {@code before}. */
    public Builder before(String before) {
      this.before = Optional.of(Objects.requireNonNull(before, "before"));
      return this;
    }

    /**
     * Sets {@link SchemaChange#after()}: its definition in the second snapshot (absent if removed).
     */
    public Builder after(Optional<String> after) {
      this.after = Objects.requireNonNull(after, "after");
      return this;
    }

    /** Sets {@link SchemaChange#after()} to {@code after}. */
    public Builder after(String after) {
      this.after = Optional.of(Objects.requireNonNull(after, "after"));
      return this;
    }

    /**
     * The schema change of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public SchemaChange build() {
      Required.set(type, "SchemaChange", "type");
      Required.set(element, "SchemaChange", "element");
      Required.set(name, "SchemaChange", "name");
      return new SchemaChange(type, element, name, before, after);
    }
  }
}
