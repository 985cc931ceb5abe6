package dev.surql.core.internal.snapshot;

import dev.surql.core.internal.sql.SurqlLexer;
import dev.surql.core.internal.sql.SurqlSyntaxException;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.snapshot.EventSchema;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexKind;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.RelationSchema;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the attributes of schema elements from the canonical {@code DEFINE} statements that {@code
 * INFO FOR DB} and {@code INFO FOR TABLE} print, with the lexer, so that strings, brackets and
 * expressions inside a clause never confuse it. Every method runs in time linear in the length of
 * the definition. A definition the lexer cannot read keeps its text but gets no attributes.
 */
public final class DefinitionParser {

  private static final Set<String> FIELD_CLAUSES =
      Set.of(
          "TYPE",
          "FLEXIBLE",
          "READONLY",
          "DEFAULT",
          "VALUE",
          "ASSERT",
          "COMPUTED",
          "REFERENCE",
          "COMMENT",
          "PERMISSIONS");
  private static final Set<String> TABLE_STOP =
      Set.of("AS", "PERMISSIONS", "COMMENT", "CHANGEFEED");
  private static final Set<String> INDEX_KIND_WORDS =
      Set.of(
          "UNIQUE",
          "FULLTEXT",
          "SEARCH",
          "HNSW",
          "MTREE",
          "COUNT",
          "COMMENT",
          "CONCURRENTLY",
          "DEFER");
  private static final Pattern KEY_LITERAL =
      Pattern.compile("(KEY\\s+)('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")");

  /** What replaces a key or secret in an access definition. */
  static final String REDACTED = "'[REDACTED]'";

  private DefinitionParser() {}

  /**
   * A table from its {@code DEFINE TABLE} and its fields, indexes and events (name → definition).
   */
  public static TableSchema table(
      String name,
      String definition,
      Map<String, String> fields,
      Map<String, String> indexes,
      Map<String, String> events) {
    TableKind kind = TableKind.ANY;
    boolean schemafull = false;
    boolean enforced = false;
    List<String> in = new ArrayList<>();
    List<String> out = new ArrayList<>();
    List<Token> tokens = significant(definition);
    if (tokens != null) {
      int i = skipHeader(tokens, 2);
      i++; // the table name
      List<String> target = null;
      for (; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (isStop(t, TABLE_STOP)) {
          break;
        }
        if (t.isWord("TYPE") && i + 1 < tokens.size()) {
          Token k = tokens.get(++i);
          if (k.isWord("NORMAL")) {
            kind = TableKind.NORMAL;
          } else if (k.isWord("RELATION")) {
            kind = TableKind.RELATION;
          }
          target = null;
        } else if (kind == TableKind.RELATION && (t.isWord("IN") || t.isWord("FROM"))) {
          target = in;
        } else if (kind == TableKind.RELATION && (t.isWord("OUT") || t.isWord("TO"))) {
          target = out;
        } else if (t.isWord("ENFORCED")) {
          enforced = true;
          target = null;
        } else if (t.isWord("SCHEMAFULL")) {
          schemafull = true;
          target = null;
        } else if (t.isWord("SCHEMALESS") || t.isWord("DROP")) {
          target = null;
        } else if (target != null && isName(t)) {
          target.add(t.value());
        }
      }
    }
    Map<String, FieldSchema> fieldMap = new TreeMap<>();
    fields.forEach((path, def) -> fieldMap.put(path, field(path, def)));
    Map<String, IndexSchema> indexMap = new TreeMap<>();
    indexes.forEach((index, def) -> indexMap.put(index, index(index, def)));
    Map<String, EventSchema> eventMap = new TreeMap<>();
    events.forEach((event, def) -> eventMap.put(event, new EventSchema(event, def)));
    Optional<RelationSchema> relation =
        kind == TableKind.RELATION
            ? Optional.of(new RelationSchema(in, out, enforced))
            : Optional.empty();
    return TableSchema.builder()
        .name(name)
        .kind(kind)
        .schemafull(schemafull)
        .relation(relation)
        .definition(definition)
        .fields(fieldMap)
        .indexes(indexMap)
        .events(eventMap)
        .build();
  }

  /**
   * A field from its {@code DEFINE FIELD}; {@code path} is the name {@code INFO FOR TABLE} gives
   * it.
   */
  static FieldSchema field(String path, String definition) {
    List<Token> tokens = significant(definition);
    if (tokens == null) {
      return FieldSchema.builder().name(path).definition(definition).build();
    }
    int i = skipHeader(tokens, 2);
    // the path runs up to ON [TABLE] <table>
    int on = i + 1;
    int depth = 0;
    while (on < tokens.size()) {
      Token t = tokens.get(on);
      depth += depthChange(t);
      if (depth == 0 && t.isWord("ON") && !after(tokens, on, ".")) {
        break;
      }
      on++;
    }
    int start = on + 1;
    if (start < tokens.size() && tokens.get(start).isWord("TABLE")) {
      start++;
    }
    start++; // the table name
    Map<Clause, String> clauses = clauses(definition, tokens, start);
    Optional<String> defaultValue =
        Optional.ofNullable(clauses.get(Clause.DEFAULT))
            .map(
                d -> {
                  List<Token> t = significant(d);
                  return t != null && t.size() > 1 && t.get(0).isWord("ALWAYS")
                      ? d.substring(t.get(1).offset())
                      : d;
                });
    return FieldSchema.builder()
        .name(path)
        .type(Optional.ofNullable(clauses.get(Clause.TYPE)))
        .readonly(clauses.containsKey(Clause.READONLY))
        .defaultValue(defaultValue)
        .assertion(Optional.ofNullable(clauses.get(Clause.ASSERT)))
        .value(Optional.ofNullable(clauses.get(Clause.VALUE)))
        .definition(definition)
        .build();
  }

  /** Whether a field's {@code DEFAULT} is {@code DEFAULT ALWAYS}. */
  public static boolean defaultAlways(String definition) {
    List<Token> tokens = significant(definition);
    if (tokens == null) {
      return false;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).isWord("DEFAULT") && tokens.get(i + 1).isWord("ALWAYS")) {
        return true;
      }
    }
    return false;
  }

  /** An index from its {@code DEFINE INDEX}. */
  static IndexSchema index(String name, String definition) {
    List<Token> tokens = significant(definition);
    if (tokens == null) {
      return IndexSchema.builder()
          .name(name)
          .kind(IndexKind.STANDARD)
          .definition(definition)
          .build();
    }
    int i = skipHeader(tokens, 2) + 1; // after the index name
    if (i < tokens.size() && tokens.get(i).isWord("ON")) {
      i++;
    }
    if (i < tokens.size() && tokens.get(i).isWord("TABLE")) {
      i++;
    }
    i++; // the table name
    List<String> columns = new ArrayList<>();
    if (i < tokens.size() && (tokens.get(i).isWord("FIELDS") || tokens.get(i).isWord("COLUMNS"))) {
      i++;
      int depth = 0;
      int columnStart = i;
      for (; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (depth == 0 && isStop(t, INDEX_KIND_WORDS)) {
          break;
        }
        depth += depthChange(t);
        if (depth == 0 && t.type() == TokenType.OPERATOR && t.text().equals(",")) {
          addColumn(definition, tokens, columnStart, i, columns);
          columnStart = i + 1;
        }
      }
      addColumn(definition, tokens, columnStart, i, columns);
    }
    IndexKind kind = IndexKind.STANDARD;
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isWord("UNIQUE")) {
        kind = IndexKind.UNIQUE;
      } else if (t.isWord("FULLTEXT") || t.isWord("SEARCH")) {
        kind = IndexKind.FULLTEXT;
      } else if (t.isWord("HNSW") || t.isWord("MTREE")) {
        kind = IndexKind.VECTOR;
      } else if (t.isWord("COUNT")) {
        kind = IndexKind.COUNT;
      } else {
        continue;
      }
      break;
    }
    return IndexSchema.builder()
        .name(name)
        .columns(columns)
        .kind(kind)
        .definition(definition)
        .build();
  }

  /**
   * Replaces every string literal after {@code KEY} in an access definition with {@value
   * #REDACTED}: 2.x prints JWT keys, including the random ones it generates for record access, in
   * clear.
   */
  public static String redactAccess(String definition) {
    List<Token> all;
    try {
      all = SurqlLexer.tokenize(definition, "<access definition>");
    } catch (SurqlSyntaxException e) {
      Matcher m = KEY_LITERAL.matcher(definition);
      return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + REDACTED));
    }
    StringBuilder out = new StringBuilder(definition.length());
    Token previous = null;
    for (Token t : all) {
      if (t.type() == TokenType.STRING && previous != null && previous.isWord("KEY")) {
        out.append(REDACTED);
      } else {
        out.append(t.text());
      }
      if (t.isSignificant()) {
        previous = t;
      }
    }
    return out.toString();
  }

  private enum Clause {
    TYPE,
    FLEXIBLE,
    READONLY,
    DEFAULT,
    VALUE,
    ASSERT,
    COMPUTED,
    REFERENCE,
    COMMENT,
    PERMISSIONS
  }

  /**
   * Splits the tokens from {@code start} into clauses: a clause starts at the first occurrence of
   * one of {@link #FIELD_CLAUSES} at bracket depth 0 that is not part of a path ({@code
   * $this.value}) or function name ({@code type::string}), and runs to the next one.
   */
  private static Map<Clause, String> clauses(String source, List<Token> tokens, int start) {
    Map<Clause, String> clauses = new EnumMap<>(Clause.class);
    Clause current = null;
    int bodyStart = -1;
    int depth = 0;
    for (int i = start; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (depth == 0 && t.type() == TokenType.WORD) {
        String upper = t.text().toUpperCase(Locale.ROOT);
        if (FIELD_CLAUSES.contains(upper) && !after(tokens, i, ".") && !before(tokens, i, "::")) {
          Clause clause = Clause.valueOf(upper);
          if (!clauses.containsKey(clause) && clause != current) {
            if (current != null) {
              clauses.put(current, body(source, tokens, bodyStart, i));
            }
            current = clause;
            bodyStart = i + 1;
            continue;
          }
        }
      }
      depth = Math.max(0, depth + depthChange(t));
    }
    if (current != null) {
      clauses.put(current, body(source, tokens, bodyStart, tokens.size()));
    }
    return clauses;
  }

  private static String body(String source, List<Token> tokens, int from, int to) {
    if (from >= to) {
      return "";
    }
    Token last = tokens.get(to - 1);
    return source.substring(tokens.get(from).offset(), last.offset() + last.text().length());
  }

  private static void addColumn(
      String source, List<Token> tokens, int from, int to, List<String> columns) {
    if (from < to) {
      columns.add(body(source, tokens, from, to));
    }
  }

  /**
   * Skips {@code OVERWRITE} / {@code IF NOT EXISTS} after {@code DEFINE <KIND>}; returns the name's
   * index.
   */
  private static int skipHeader(List<Token> tokens, int i) {
    if (i < tokens.size() && tokens.get(i).isWord("OVERWRITE")) {
      return i + 1;
    }
    if (i + 2 < tokens.size()
        && tokens.get(i).isWord("IF")
        && tokens.get(i + 1).isWord("NOT")
        && tokens.get(i + 2).isWord("EXISTS")) {
      return i + 3;
    }
    return i;
  }

  private static boolean isStop(Token t, Set<String> words) {
    return t.type() == TokenType.WORD && words.contains(t.text().toUpperCase(Locale.ROOT));
  }

  private static boolean isName(Token t) {
    return t.type() == TokenType.WORD || t.type() == TokenType.ESCAPED_IDENTIFIER;
  }

  private static boolean after(List<Token> tokens, int i, String operator) {
    return i > 0
        && tokens.get(i - 1).type() == TokenType.OPERATOR
        && tokens.get(i - 1).text().equals(operator);
  }

  private static boolean before(List<Token> tokens, int i, String operator) {
    return i + 1 < tokens.size()
        && tokens.get(i + 1).type() == TokenType.OPERATOR
        && tokens.get(i + 1).text().equals(operator);
  }

  private static int depthChange(Token t) {
    return t.type() == TokenType.OPEN ? 1 : t.type() == TokenType.CLOSE ? -1 : 0;
  }

  /** The significant tokens of a definition, or null if the lexer cannot read it. */
  private static List<Token> significant(String definition) {
    try {
      List<Token> all = SurqlLexer.tokenize(definition, "<definition>");
      List<Token> significant = new ArrayList<>(all.size() / 2 + 1);
      for (Token t : all) {
        if (t.isSignificant()) {
          significant.add(t);
        }
      }
      return significant;
    } catch (SurqlSyntaxException e) {
      return null;
    }
  }
}
