package dev.surql.core.snapshot;

import dev.surql.core.internal.snapshot.DefinitionParser;
import dev.surql.core.internal.sql.SurqlLexer;
import dev.surql.core.internal.sql.SurqlSyntaxException;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings schemas read from different SurrealDB release lines into one representation, so that only
 * real differences remain when they are compared. SurrealDB 2.x and 3.x print the same definition
 * differently in {@code INFO FOR DB} / {@code INFO FOR TABLE}; these representation-only
 * differences are rewritten to the 3.x form (each checked on SurrealDB 2.6.0 and 3.0.2):
 *
 * <ol>
 *   <li>optional types: 2.x {@code option<string>} is 3.x {@code none | string};
 *   <li>array element fields: 2.x {@code tags[*]} is 3.x {@code tags.*}, in field names and
 *       definitions;
 *   <li>flexible fields: 2.x {@code FLEXIBLE TYPE object} is 3.x {@code TYPE object FLEXIBLE};
 *   <li>blocks of functions, events and expressions: 2.x prints one statement per line and a {@code
 *       ;} after the last one, 3.x prints them on one line and drops the {@code ;} before <code>}
 *       </code> after a single statement; runs of whitespace outside strings become one space and a
 *       {@code ;} right before <code>}</code> is dropped;
 *   <li>analyzer filter lists: 2.x {@code LOWERCASE,ASCII} is 3.x {@code LOWERCASE, ASCII}; a comma
 *       in an analyzer is followed by one space.
 * </ol>
 *
 * <p>Nothing else is rewritten: a definition that differs in any other way (a clause added, a type
 * changed, an index of another kind) still differs. Schemas from the same release line are left as
 * they are, so checksums stay per version.
 */
public final class CrossVersionNormalization {

  private static final Pattern RELEASE_LINE =
      Pattern.compile("(?:surrealdb-)?v?(\\d+)\\.(\\d+)(?:\\..*)?");
  private static final Set<String> FIELD_CLAUSES =
      Set.of(
          "FLEXIBLE",
          "READONLY",
          "DEFAULT",
          "VALUE",
          "ASSERT",
          "COMPUTED",
          "REFERENCE",
          "COMMENT",
          "PERMISSIONS");

  private CrossVersionNormalization() {}

  /**
   * The release line of a server version, {@code 2.6} for {@code surrealdb-2.6.0}, or the text
   * itself when it names no {@code major.minor}.
   */
  public static String releaseLine(String serverVersion) {
    Objects.requireNonNull(serverVersion, "serverVersion");
    Matcher m = RELEASE_LINE.matcher(serverVersion.strip());
    return m.matches() ? m.group(1) + "." + m.group(2) : serverVersion.strip();
  }

  /**
   * Whether two server versions belong to different release lines, so comparing them needs
   * normalising.
   */
  public static boolean differentReleaseLines(String serverVersion, String otherServerVersion) {
    return !releaseLine(serverVersion).equals(releaseLine(otherServerVersion));
  }

  /** The snapshot with its schema in the common representation; its checksum is recomputed. */
  public static SchemaSnapshot normalize(SchemaSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    return SchemaSnapshot.of(
        snapshot.version(),
        snapshot.createdAt(),
        snapshot.serverVersion(),
        snapshot.migrationCount(),
        normalize(snapshot.schema()));
  }

  /** The schema in the common representation (see the class comment). */
  public static DatabaseSchema normalize(DatabaseSchema schema) {
    Objects.requireNonNull(schema, "schema");
    SortedMap<String, TableSchema> tables = new TreeMap<>();
    schema.tables().forEach((name, table) -> tables.put(name, normalize(table)));
    return DatabaseSchema.builder()
        .tables(tables)
        .functions(map(schema.functions(), CrossVersionNormalization::definition))
        .params(map(schema.params(), CrossVersionNormalization::definition))
        .analyzers(map(schema.analyzers(), CrossVersionNormalization::analyzer))
        .accesses(map(schema.accesses(), CrossVersionNormalization::definition))
        .sequences(map(schema.sequences(), CrossVersionNormalization::definition))
        .build();
  }

  private static TableSchema normalize(TableSchema table) {
    Map<String, String> fields = new TreeMap<>();
    table
        .fields()
        .forEach(
            (name, field) -> fields.put(elementName(name), fieldDefinition(field.definition())));
    Map<String, String> indexes = new TreeMap<>();
    table.indexes().forEach((name, index) -> indexes.put(name, definition(index.definition())));
    Map<String, String> events = new TreeMap<>();
    table.events().forEach((name, event) -> events.put(name, definition(event.definition())));
    return DefinitionParser.table(
        table.name(), definition(table.definition()), fields, indexes, events);
  }

  private static SortedMap<String, String> map(
      Map<String, String> definitions, UnaryOperator<String> rewrite) {
    SortedMap<String, String> out = new TreeMap<>();
    definitions.forEach((name, definition) -> out.put(name, rewrite.apply(definition)));
    return out;
  }

  /** {@code tags[*]} → {@code tags.*}, {@code items[*].product} → {@code items.*.product}. */
  static String elementName(String fieldName) {
    return fieldName.replace("[*]", ".*");
  }

  /**
   * A definition with whitespace collapsed outside strings, {@code ;} before <code>}</code> dropped
   * and {@code option<T>} rewritten.
   */
  static String definition(String definition) {
    return rewrite(definition, false, false);
  }

  static String fieldDefinition(String definition) {
    return rewrite(definition, true, false);
  }

  static String analyzer(String definition) {
    return rewrite(definition, false, true);
  }

  private static String rewrite(String definition, boolean field, boolean analyzer) {
    List<Token> tokens;
    try {
      tokens = SurqlLexer.tokenize(definition, "definition");
    } catch (SurqlSyntaxException e) {
      return definition; // not readable: compared as printed
    }
    List<String> parts = new ArrayList<>(); // significant token texts, " " for a gap
    boolean gap = false;
    for (Token t : tokens) {
      if (!t.isSignificant()) {
        gap = true;
        continue;
      }
      if (gap && !parts.isEmpty()) {
        parts.add(" ");
      }
      gap = false;
      parts.add(
          t.type() == TokenType.STRING || t.type() == TokenType.ESCAPED_IDENTIFIER
              ? "\u0000" + t.text()
              : t.text());
    }
    dropSemicolonsBeforeClose(parts);
    rewriteOptions(parts);
    if (field) {
      rewriteFieldName(parts);
      moveFlexible(parts);
    }
    if (analyzer) {
      spaceAfterCommas(parts);
    }
    StringBuilder out = new StringBuilder(definition.length());
    for (String p : parts) {
      out.append(p.startsWith("\u0000") ? p.substring(1) : p);
    }
    return out.toString();
  }

  private static boolean word(String part, String word) {
    return part.equalsIgnoreCase(word);
  }

  private static void dropSemicolonsBeforeClose(List<String> parts) {
    for (int i = parts.size() - 1; i >= 0; i--) {
      if (!parts.get(i).equals(";")) {
        continue;
      }
      int next = i + 1;
      while (next < parts.size() && parts.get(next).equals(" ")) {
        next++;
      }
      if (next < parts.size() && parts.get(next).equals("}")) {
        parts.remove(i);
        if (i > 0 && i < parts.size() && parts.get(i - 1).equals(" ") && parts.get(i).equals(" ")) {
          parts.remove(i);
        }
      }
    }
    // "{ a }" and "{a}" print alike: a single space inside the braces
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).equals("}")
          && i > 0
          && !parts.get(i - 1).equals(" ")
          && !parts.get(i - 1).equals("{")) {
        parts.add(i, " ");
        i++;
      }
    }
  }

  /** {@code option<T>} → {@code none | T}, also nested. */
  private static void rewriteOptions(List<String> parts) {
    for (int i = 0; i + 1 < parts.size(); i++) {
      if (!word(parts.get(i), "option") || !parts.get(i + 1).equals("<")) {
        continue;
      }
      int depth = 0;
      int close = -1;
      for (int j = i + 1; j < parts.size(); j++) {
        if (parts.get(j).equals("<")) {
          depth++;
        } else if (parts.get(j).equals(">")) {
          if (--depth == 0) {
            close = j;
            break;
          }
        }
      }
      if (close < 0) {
        return;
      }
      parts.remove(close);
      parts.set(i, "none");
      parts.set(i + 1, " | ");
    }
  }

  /** The field name of a {@code DEFINE FIELD}: {@code tags[*]} → {@code tags.*}. */
  private static void rewriteFieldName(List<String> parts) {
    int on = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (word(parts.get(i), "ON")) {
        on = i;
        break;
      }
    }
    for (int i = 0; i + 2 < on; i++) {
      if (parts.get(i).equals("[")
          && parts.get(i + 1).equals("*")
          && parts.get(i + 2).equals("]")) {
        parts.set(i, ".");
        parts.remove(i + 2);
        on--;
      }
    }
  }

  /** {@code FLEXIBLE TYPE object …} → {@code TYPE object FLEXIBLE …}. */
  private static void moveFlexible(List<String> parts) {
    int flexible = -1;
    for (int i = 0; i + 2 < parts.size(); i++) {
      if (word(parts.get(i), "FLEXIBLE")
          && parts.get(i + 1).equals(" ")
          && word(parts.get(i + 2), "TYPE")) {
        flexible = i;
        break;
      }
    }
    if (flexible < 0) {
      return;
    }
    parts.remove(flexible + 1);
    parts.remove(flexible);
    int depth = 0;
    int end = parts.size();
    for (int j = flexible + 1; j < parts.size(); j++) {
      String p = parts.get(j);
      if (p.equals("<") || p.equals("(") || p.equals("[") || p.equals("{")) {
        depth++;
      } else if (p.equals(">") || p.equals(")") || p.equals("]") || p.equals("}")) {
        depth--;
      } else if (depth == 0 && FIELD_CLAUSES.contains(p.toUpperCase(Locale.ROOT))) {
        end = j;
        break;
      }
    }
    if (end < parts.size()) {
      parts.add(end, "FLEXIBLE");
      parts.add(end + 1, " ");
    } else {
      parts.add(" ");
      parts.add("FLEXIBLE");
    }
  }

  private static void spaceAfterCommas(List<String> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).equals(",")) {
        if (i + 1 < parts.size() && parts.get(i + 1).equals(" ")) {
          continue;
        }
        parts.add(i + 1, " ");
      }
    }
  }

  /** What {@link Snapshots#compareSnapshots} says when it normalised two snapshots. */
  static Optional<String> note(SchemaSnapshot from, SchemaSnapshot to) {
    if (!differentReleaseLines(from.serverVersion(), to.serverVersion())) {
      return Optional.empty();
    }
    return Optional.of(
        "The snapshots come from different SurrealDB release lines ("
            + from.serverVersion()
            + " and "
            + to.serverVersion()
            + "): both were normalised to one representation before comparing (option<T> as"
            + " none | T, x[*] as x.*, FLEXIBLE after TYPE, whitespace and ; in blocks, spaces after commas in"
            + " analyzers), so only real differences are listed; checksums are not comparable across release lines (each"
            + " snapshot keeps the checksum of its own version).");
  }
}
