package dev.surql.core.internal.analysis;

import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.migration.Statement;
import dev.surql.core.snapshot.FieldSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The clauses of a field definition that decide which stored values stay valid and writable: its
 * {@code TYPE}, {@code FLEXIBLE}, {@code DEFAULT}, {@code VALUE}, {@code ASSERT} and {@code
 * READONLY}. Read from a {@code DEFINE FIELD} statement as written in a migration, or from the
 * definition the server prints, so the rollback and forward analyses compare a field before and
 * after a statement with the same model ({@link FieldNarrowing}).
 *
 * @param type the {@code TYPE} expression as written, if any (none means {@code any})
 * @param flexible whether the field is {@code FLEXIBLE}
 * @param defaultValue the {@code DEFAULT} expression, if any
 * @param defaultAlways whether the default is {@code DEFAULT ALWAYS} (applied on every write)
 * @param value the {@code VALUE} expression (computed on every write), if any
 * @param assertion the {@code ASSERT} expression, if any
 * @param readonly whether the field is {@code READONLY}
 */
public record FieldDefinition(
    Optional<String> type,
    boolean flexible,
    Optional<String> defaultValue,
    boolean defaultAlways,
    Optional<String> value,
    Optional<String> assertion,
    boolean readonly) {

  public FieldDefinition {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(assertion, "assertion");
  }

  /** A field without any clause: it accepts every value. */
  public static FieldDefinition unconstrained() {
    return new FieldDefinition(
        Optional.empty(),
        false,
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        false);
  }

  /**
   * Parses a {@code DEFINE FIELD} statement.
   *
   * @throws IllegalArgumentException if {@code defineField} is not a {@code DEFINE FIELD … ON …}
   *     statement
   */
  public static FieldDefinition parse(String defineField) {
    Objects.requireNonNull(defineField, "defineField");
    List<Statement> statements = StatementSplitter.split(defineField, "<definition>");
    return statements.size() != 1
        ? failParse(defineField)
        : read(statements.get(0)).orElseGet(() -> failParse(defineField));
  }

  /**
   * Parses a {@code DEFINE FIELD} statement already cut from its migration, without lexing its text
   * again.
   *
   * @throws IllegalArgumentException if {@code defineField} is not a {@code DEFINE FIELD … ON …}
   *     statement
   */
  public static FieldDefinition parse(Statement defineField) {
    Objects.requireNonNull(defineField, "defineField");
    return read(defineField).orElseGet(() -> failParse(defineField.text()));
  }

  /** The definition of a field in a snapshot, from the server's canonical statement. */
  public static FieldDefinition of(FieldSchema field) {
    Objects.requireNonNull(field, "field");
    FieldDefinition known = PARSED.get(field.definition());
    if (known != null) {
      return known;
    }
    FieldDefinition parsed;
    try {
      parsed = parse(field.definition());
    } catch (RuntimeException e) {
      parsed =
          new FieldDefinition(
              field.type(),
              false,
              field.defaultValue(),
              field.defaultAlways(),
              field.value(),
              field.assertion(),
              field.readonly());
    }
    PARSED.put(field.definition(), parsed);
    return parsed;
  }

  /**
   * Definitions already parsed, by their text: the analyses model the whole schema before every
   * migration, and lexing every field definition again each time was most of a verification's
   * Java-side time. A parse depends on the text alone, so the memo holds no engine state.
   */
  private static final int REMEMBERED_DEFINITIONS = 8192;

  private static final Map<String, FieldDefinition> PARSED =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, FieldDefinition> eldest) {
              return size() > REMEMBERED_DEFINITIONS;
            }
          });

  /**
   * Whether the field accepts a record without a value ({@code NONE}): no type, {@code any}, {@code
   * option<…>}, {@code none | …}.
   */
  public boolean acceptsNone() {
    if (type.isEmpty()) {
      return true;
    }
    Set<String> members = TypeText.members(type.get());
    return members.contains("none") || members.contains("any");
  }

  /**
   * Whether every write gives the field a value whatever the record holds: a {@code VALUE}
   * expression or a {@code DEFAULT ALWAYS}. A plain {@code DEFAULT} applies only when a record is
   * created, so it fills nothing in existing records.
   */
  public boolean fillsOnEveryWrite() {
    return value.isPresent() || defaultAlways;
  }

  /** Whether any clause restricts the values the field accepts or rewrites them. */
  public boolean constrains() {
    return type.isPresent() || assertion.isPresent() || readonly || value.isPresent();
  }

  private static final Set<String> FIELD_CLAUSES =
      Set.of(
          "TYPE",
          "FLEXIBLE",
          "DEFAULT",
          "READONLY",
          "VALUE",
          "ASSERT",
          "PERMISSIONS",
          "COMMENT",
          "REFERENCE",
          "COMPUTED");

  /** The clauses of a {@code DEFINE FIELD} that follow {@code ON table}. */
  static FieldDefinition fromClauses(Statement statement, List<Token> afterTable) {
    Map<String, List<Token>> clauses = StatementTokens.clauses(afterTable, FIELD_CLAUSES);
    List<Token> defaults = clauses.getOrDefault("DEFAULT", List.of());
    boolean always = !defaults.isEmpty() && defaults.get(0).isWord("ALWAYS");
    List<Token> defaultValue = always ? defaults.subList(1, defaults.size()) : defaults;
    return new FieldDefinition(
        text(statement, clauses.get("TYPE")),
        clauses.containsKey("FLEXIBLE"),
        clauses.containsKey("DEFAULT")
            ? Optional.of(StatementTokens.statementText(statement, defaultValue))
            : Optional.empty(),
        always,
        text(statement, clauses.get("VALUE")),
        text(statement, clauses.get("ASSERT")),
        clauses.containsKey("READONLY"));
  }

  /** Parses a whole {@code DEFINE FIELD} statement (as written, or as the server prints it). */
  static Optional<FieldDefinition> read(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    if (tokens.size() < 4 || !tokens.get(0).isWord("DEFINE") || !tokens.get(1).isWord("FIELD")) {
      return Optional.empty();
    }
    TokenCursor cursor = new TokenCursor(statement, tokens, 2);
    cursor.mode();
    if (cursor.path().isEmpty() || cursor.onTable().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(fromClauses(statement, cursor.remaining()));
  }

  private static Optional<String> text(Statement statement, List<Token> tokens) {
    return tokens == null
        ? Optional.empty()
        : Optional.of(StatementTokens.statementText(statement, tokens));
  }

  private static FieldDefinition failParse(String text) {
    throw new IllegalArgumentException("not a DEFINE FIELD … ON … statement: " + text);
  }
}
