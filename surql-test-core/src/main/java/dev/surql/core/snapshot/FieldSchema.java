package dev.surql.core.snapshot;

import dev.surql.core.internal.Required;
import dev.surql.core.internal.snapshot.DefinitionParser;
import java.util.Objects;
import java.util.Optional;

/**
 * A field of a table as the server defines it. Nested fields are named with dots ({@code
 * address.city}); array elements as the server names them ({@code tags.*} on 3.x, {@code tags[*]}
 * on 2.x).
 *
 * <p>Built with {@link #builder()}, which needs {@code name} and {@code definition}; {@link
 * #toBuilder()} copies one to change.
 */
public final class FieldSchema {
  private final String name;
  private final Optional<String> type;
  private final boolean readonly;
  private final Optional<String> defaultValue;
  private final Optional<String> assertion;
  private final Optional<String> value;
  private final String definition;

  private FieldSchema(
      String name,
      Optional<String> type,
      boolean readonly,
      Optional<String> defaultValue,
      Optional<String> assertion,
      Optional<String> value,
      String definition) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(assertion, "assertion");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(definition, "definition");
    this.name = name;
    this.type = type;
    this.readonly = readonly;
    this.defaultValue = defaultValue;
    this.assertion = assertion;
    this.value = value;
    this.definition = definition;
  }

  /** A builder of {@code FieldSchema}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this field schema's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.type = type;
    builder.readonly = readonly;
    builder.defaultValue = defaultValue;
    builder.assertion = assertion;
    builder.value = value;
    builder.definition = definition;
    return builder;
  }

  /** The field path. */
  public String name() {
    return name;
  }

  /** The {@code TYPE}, if any, e.g. {@code string} or {@code none | string}. */
  public Optional<String> type() {
    return type;
  }

  /** Whether it is {@code READONLY}. */
  public boolean readonly() {
    return readonly;
  }

  /** The {@code DEFAULT} expression, if any. */
  public Optional<String> defaultValue() {
    return defaultValue;
  }

  /** The {@code ASSERT} expression, if any. */
  public Optional<String> assertion() {
    return assertion;
  }

  /** The {@code VALUE} expression, if any. */
  public Optional<String> value() {
    return value;
  }

  /** The server's canonical {@code DEFINE FIELD} statement. */
  public String definition() {
    return definition;
  }

  /** Whether the default is {@code DEFAULT ALWAYS} (applied on every write, not only on create). */
  public boolean defaultAlways() {
    return defaultValue.isPresent() && DefinitionParser.defaultAlways(definition);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof FieldSchema that
        && name.equals(that.name)
        && type.equals(that.type)
        && readonly == that.readonly
        && defaultValue.equals(that.defaultValue)
        && assertion.equals(that.assertion)
        && value.equals(that.value)
        && definition.equals(that.definition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, readonly, defaultValue, assertion, value, definition);
  }

  @Override
  public String toString() {
    return "FieldSchema[name="
        + name
        + ", type="
        + type
        + ", readonly="
        + readonly
        + ", defaultValue="
        + defaultValue
        + ", assertion="
        + assertion
        + ", value="
        + value
        + ", definition="
        + definition
        + "]";
  }

  /**
   * Collects the values of a {@link FieldSchema}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private String name;
    private Optional<String> type = Optional.empty();
    private boolean readonly;
    private Optional<String> defaultValue = Optional.empty();
    private Optional<String> assertion = Optional.empty();
    private Optional<String> value = Optional.empty();
    private String definition;

    private Builder() {}

    /** Sets {@link FieldSchema#name()}: the field path. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link FieldSchema#type()}: the {@code TYPE}, if any, e.g. {@code string} or {@code none
     * | string}.
     */
    public Builder type(Optional<String> type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /** Sets {@link FieldSchema#type()} to {@code type}. */
    public Builder type(String type) {
      this.type = Optional.of(Objects.requireNonNull(type, "type"));
      return this;
    }

    /** Sets {@link FieldSchema#readonly()}: whether it is {@code READONLY}. */
    public Builder readonly(boolean readonly) {
      this.readonly = readonly;
      return this;
    }

    /** Sets {@link FieldSchema#defaultValue()}: the {@code DEFAULT} expression, if any. */
    public Builder defaultValue(Optional<String> defaultValue) {
      this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
      return this;
    }

    /** Sets {@link FieldSchema#defaultValue()} to {@code defaultValue}. */
    public Builder defaultValue(String defaultValue) {
      this.defaultValue = Optional.of(Objects.requireNonNull(defaultValue, "defaultValue"));
      return this;
    }

    /** Sets {@link FieldSchema#assertion()}: the {@code ASSERT} expression, if any. */
    public Builder assertion(Optional<String> assertion) {
      this.assertion = Objects.requireNonNull(assertion, "assertion");
      return this;
    }

    /** Sets {@link FieldSchema#assertion()} to {@code assertion}. */
    public Builder assertion(String assertion) {
      this.assertion = Optional.of(Objects.requireNonNull(assertion, "assertion"));
      return this;
    }

    /** Sets {@link FieldSchema#value()}: the {@code VALUE} expression, if any. */
    public Builder value(Optional<String> value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /** Sets {@link FieldSchema#value()} to {@code value}. */
    public Builder value(String value) {
      this.value = Optional.of(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets {@link FieldSchema#definition()}: the server's canonical {@code DEFINE FIELD} statement.
     */
    public Builder definition(String definition) {
      this.definition = Objects.requireNonNull(definition, "definition");
      return this;
    }

    /**
     * The field schema of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public FieldSchema build() {
      Required.set(name, "FieldSchema", "name");
      Required.set(definition, "FieldSchema", "definition");
      return new FieldSchema(name, type, readonly, defaultValue, assertion, value, definition);
    }
  }
}
