package dev.surql.core.forward;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A SurrealQL condition that is true when a stored value fits a field type, for counting the
 * records a narrowed type refuses. Covers {@code none}, {@code null}, {@code any}, the scalar
 * types, {@code object}, {@code array}/{@code set} (of anything) and {@code record}/{@code
 * record<t>}; anything else (literal types, typed arrays, geometries) yields no condition, and the
 * count is reported as not taken. Numbers follow the engine's coercion on write (3.0.2 and 2.6.0):
 * any number fits {@code float} and {@code decimal}, and a number without a fraction fits {@code
 * int}. The type functions are named {@code type::is_string} on 3.x and {@code type::is::string} on
 * 2.x.
 */
final class TypePredicate {
  private static final Set<String> SCALARS =
      Set.of(
          "string",
          "int",
          "float",
          "decimal",
          "number",
          "bool",
          "datetime",
          "duration",
          "uuid",
          "object",
          "array",
          "bytes",
          "geometry",
          "set");

  private TypePredicate() {}

  /**
   * The condition that {@code idiom} fits {@code type}.
   *
   * @param type the type as written ({@code option<string>}, {@code none | int}, …)
   * @param idiom the escaped field idiom, e.g. {@code `email`}
   * @param v3 whether the server is 3.x (function naming)
   */
  static Optional<String> fits(String type, String idiom, boolean v3) {
    List<String> members = members(type.replaceAll("\\s+", ""));
    List<String> conditions = new ArrayList<>();
    for (String member : members) {
      String m = member.toLowerCase(Locale.ROOT);
      if (m.equals("any")) {
        return Optional.of("true");
      }
      if (m.startsWith("option<") && m.endsWith(">")) {
        conditions.add(idiom + " = NONE");
        Optional<String> inner = fits(member.substring(7, member.length() - 1), idiom, v3);
        if (inner.isEmpty()) {
          return Optional.empty();
        }
        conditions.add(inner.get());
      } else if (m.equals("none")) {
        conditions.add(idiom + " = NONE");
      } else if (m.equals("null")) {
        conditions.add(idiom + " = NULL");
      } else if (m.equals("float") || m.equals("decimal")) {
        // numbers coerce to float and decimal on write
        conditions.add(function("number", v3) + "(" + idiom + ")");
      } else if (m.equals("int")) {
        // a float or decimal without a fraction coerces to int; 2.5 does not
        conditions.add(
            "("
                + function("int", v3)
                + "("
                + idiom
                + ") OR "
                + function("number", v3)
                + "("
                + idiom
                + ") AND math::floor("
                + idiom
                + ") = "
                + idiom
                + ")");
      } else if (SCALARS.contains(m)) {
        conditions.add(function(m, v3) + "(" + idiom + ")");
      } else if (m.startsWith("record<") && m.endsWith(">")) {
        List<String> tables = new ArrayList<>();
        for (String table : member.substring(7, member.length() - 1).split("\\|")) {
          tables.add(function("record", v3) + "(" + idiom + ", " + literal(table) + ")");
        }
        conditions.add("(" + String.join(" OR ", tables) + ")");
      } else if ((m.startsWith("array<") || m.startsWith("set<"))
          && m.endsWith(">")
          && (m.equals("array<any>") || m.equals("set<any>"))) {
        conditions.add(function(m.substring(0, m.indexOf('<')), v3) + "(" + idiom + ")");
      } else {
        return Optional.empty();
      }
    }
    return conditions.isEmpty()
        ? Optional.empty()
        : Optional.of("(" + String.join(" OR ", conditions) + ")");
  }

  /** A single-quoted SurrealQL string literal. */
  static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String function(String type, boolean v3) {
    return v3 ? "type::is_" + type : "type::is::" + type;
  }

  private static List<String> members(String type) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < type.length(); i++) {
      char ch = type.charAt(i);
      if (ch == '<' || ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if (ch == '>' || ch == ')' || ch == ']' || ch == '}') {
        depth--;
      } else if (ch == '|' && depth == 0) {
        parts.add(type.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(type.substring(start));
    return parts;
  }
}
