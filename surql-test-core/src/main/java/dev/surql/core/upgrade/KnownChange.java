package dev.surql.core.upgrade;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.migration.Statement;
import dev.surql.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of known SurrealDB 2.x → 3.x changes that break migrations as written: each row names
 * the 2.x syntax, its 3.x replacement and the {@link Rule} a match is reported under. Every row was
 * checked on SurrealDB 2.6.0 (the example applies) and 3.0.2 (the example fails, the replacement
 * applies); {@code docs/rules.md} lists the same table. Rows are matched against a statement's code
 * only: strings, regex literals and comments never match. Package-private: users read the table in
 * {@code docs/rules.md} and its matches as findings of an {@link UpgradeReport}.
 */
enum KnownChange {
  /** {@code string::is::email} → {@code string::is_email} (every {@code string::is::*}). */
  STRING_IS(
      Rule.RENAMED_FUNCTION,
      "string::is::*",
      "string::is_*",
      "\\bstring::is::(\\w+)",
      m -> "string::is_" + m.group(1),
      List.of("DEFINE FIELD email ON person TYPE string ASSERT string::is::email($value)"),
      List.of("DEFINE FIELD email ON person TYPE string ASSERT string::is_email($value)")),
  /** {@code type::is::string} → {@code type::is_string} (every {@code type::is::*}). */
  TYPE_IS(
      Rule.RENAMED_FUNCTION,
      "type::is::*",
      "type::is_*",
      "\\btype::is::(\\w+)",
      m -> "type::is_" + m.group(1),
      List.of("DEFINE FIELD nick ON person TYPE any ASSERT type::is::string($value)"),
      List.of("DEFINE FIELD nick ON person TYPE any ASSERT type::is_string($value)")),
  /** {@code type::thing} → {@code type::record}. */
  TYPE_THING(
      Rule.RENAMED_FUNCTION,
      "type::thing",
      "type::record",
      "\\btype::thing\\b",
      m -> "type::record",
      List.of("DEFINE FIELD owner ON person VALUE type::thing('person', 'admin')"),
      List.of("DEFINE FIELD owner ON person VALUE type::record('person', 'admin')")),
  /**
   * {@code time::from::unix} → {@code time::from_unix}, {@code time::is::*}, {@code
   * duration::from::*} likewise.
   */
  TIME_AND_DURATION(
      Rule.RENAMED_FUNCTION,
      "time::from::*, time::is::*, duration::from::*",
      "time::from_*, time::is_*, duration::from_*",
      "\\b(time|duration)::(from|is)::(\\w+)",
      m -> m.group(1) + "::" + m.group(2) + "_" + m.group(3),
      List.of("DEFINE FIELD joined ON person TYPE datetime DEFAULT time::from::unix(0)"),
      List.of("DEFINE FIELD joined ON person TYPE datetime DEFAULT time::from_unix(0)")),
  /** {@code rand::guid} → {@code rand::id}. */
  RAND_GUID(
      Rule.RENAMED_FUNCTION,
      "rand::guid",
      "rand::id",
      "\\brand::guid\\b",
      m -> "rand::id",
      List.of("DEFINE FIELD code ON person TYPE string DEFAULT rand::guid()"),
      List.of("DEFINE FIELD code ON person TYPE string DEFAULT rand::id()")),
  /** {@code FLEXIBLE TYPE object} → {@code TYPE object FLEXIBLE}. */
  FLEXIBLE_TYPE(
      Rule.FLEXIBLE_BEFORE_TYPE,
      "FLEXIBLE TYPE x",
      "TYPE x FLEXIBLE",
      "(?i)\\bFLEXIBLE\\s+TYPE\\b",
      m -> "TYPE <type> FLEXIBLE",
      List.of("DEFINE FIELD meta ON person FLEXIBLE TYPE object"),
      List.of("DEFINE FIELD meta ON person TYPE object FLEXIBLE")),
  /** {@code MTREE} vector indexes → {@code HNSW}. */
  MTREE(
      Rule.MTREE_INDEX,
      "MTREE DIMENSION n",
      "HNSW DIMENSION n",
      "(?i)\\bMTREE\\b",
      m -> "HNSW",
      List.of(
          "DEFINE FIELD embedding ON person TYPE array<float>",
          "DEFINE INDEX embedding_idx ON person FIELDS embedding MTREE DIMENSION 3"),
      List.of(
          "DEFINE FIELD embedding ON person TYPE array<float>",
          "DEFINE INDEX embedding_idx ON person FIELDS embedding HNSW DIMENSION 3")),
  /** {@code SEARCH ANALYZER} full-text indexes → {@code FULLTEXT ANALYZER}. */
  SEARCH_ANALYZER(
      Rule.SEARCH_INDEX,
      "SEARCH ANALYZER a",
      "FULLTEXT ANALYZER a",
      "(?i)\\bSEARCH\\s+ANALYZER\\b",
      m -> "FULLTEXT ANALYZER",
      List.of(
          "DEFINE FIELD name ON person TYPE string",
          "DEFINE ANALYZER simple TOKENIZERS blank FILTERS lowercase",
          "DEFINE INDEX name_search ON person FIELDS name SEARCH ANALYZER simple BM25"),
      List.of(
          "DEFINE FIELD name ON person TYPE string",
          "DEFINE ANALYZER simple TOKENIZERS blank FILTERS lowercase",
          "DEFINE INDEX name_search ON person FIELDS name FULLTEXT ANALYZER simple BM25")),
  /** {@code VALUE <future> { expr }} → {@code COMPUTED expr}. */
  FUTURE(
      Rule.FUTURE_VALUE,
      "VALUE <future> { expr }",
      "COMPUTED expr",
      "(?i)<\\s*future\\s*>",
      m -> "COMPUTED",
      List.of("DEFINE FIELD seen ON person VALUE <future> { time::now() }"),
      List.of("DEFINE FIELD seen ON person COMPUTED time::now()"));

  /** What the examples of every row run on first, on both versions. */
  public static final String EXAMPLE_PRELUDE = "DEFINE TABLE person SCHEMAFULL";

  private final Rule rule;
  private final String before;
  private final String after;
  private final Pattern pattern;
  private final Function<Matcher, String> replacement;
  private final List<String> example;
  private final List<String> fixedExample;

  KnownChange(
      Rule rule,
      String before,
      String after,
      String regex,
      Function<Matcher, String> replacement,
      List<String> example,
      List<String> fixedExample) {
    this.rule = rule;
    this.before = before;
    this.after = after;
    this.pattern = Pattern.compile(regex);
    this.replacement = replacement;
    this.example = example;
    this.fixedExample = fixedExample;
  }

  /** The rule a match is reported under. */
  public Rule rule() {
    return rule;
  }

  /** The 2.x syntax, e.g. {@code string::is::*}. */
  public String before() {
    return before;
  }

  /** Its 3.x replacement, e.g. {@code string::is_*}. */
  public String after() {
    return after;
  }

  /** Statements that apply on 2.6 and fail on 3.0 (after {@link #EXAMPLE_PRELUDE}). */
  public List<String> example() {
    return example;
  }

  /** The same statements rewritten for 3.x: they apply on 3.0. */
  public List<String> fixedExample() {
    return fixedExample;
  }

  /** Where a row matches in a statement, with the concrete replacement. */
  public record Match(
      KnownChange change,
      Statement statement,
      String found,
      String replacement,
      int line,
      int column) {
    public Match {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(found, "found");
      Objects.requireNonNull(replacement, "replacement");
    }

    /**
     * {@code Replace string::is::email with string::is_email (SurrealDB 3.x: string::is::* →
     * string::is_*).}
     */
    public String hint() {
      return "Replace "
          + found
          + " with "
          + replacement
          + " (SurrealDB 3.x: "
          + change.before
          + " → "
          + change.after
          + ").";
    }
  }

  /**
   * Every match of every row in {@code statement}, in the order of the table and then of the text.
   */
  public static List<Match> find(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    StringBuilder code = new StringBuilder();
    List<Token> at = new ArrayList<>();
    for (Token t : Statements.tokens(statement)) {
      boolean masked = t.type() == TokenType.STRING || t.type() == TokenType.COMMENT;
      for (int i = 0; i < t.text().length(); i++) {
        char c = t.text().charAt(i);
        code.append(masked && c != '\n' ? ' ' : c);
        at.add(t);
      }
    }
    List<Match> matches = new ArrayList<>();
    for (KnownChange change : values()) {
      Matcher m = change.pattern.matcher(code);
      while (m.find()) {
        Token token = at.get(m.start());
        int column = token.column() + (m.start() - offsetOf(at, m.start()));
        matches.add(
            new Match(
                change, statement, m.group(), change.replacement.apply(m), token.line(), column));
      }
    }
    return matches;
  }

  /** The offset of the first char of the token at {@code index}. */
  private static int offsetOf(List<Token> at, int index) {
    int i = index;
    while (i > 0 && at.get(i - 1) == at.get(index)) {
      i--;
    }
    return i;
  }
}
