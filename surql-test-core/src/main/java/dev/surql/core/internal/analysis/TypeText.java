package dev.surql.core.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares SurrealQL type expressions as the server prints them ({@code option<T>} is {@code none |
 * T}).
 */
final class TypeText {
  private TypeText() {}

  /** Whether every value of type {@code old} is also a value of type {@code now}. */
  static boolean widens(Optional<String> old, String now) {
    Set<String> after = members(now);
    if (after.contains("any")) {
      return true;
    }
    if (old.isEmpty()) {
      return false;
    }
    Set<String> before = members(old.get());
    return !before.contains("any") && after.containsAll(before);
  }

  /** The normalised members of a union type. */
  static Set<String> members(String type) {
    Set<String> members = new TreeSet<>();
    for (String member : splitTop(type.replaceAll("\\s+", ""), '|')) {
      String m = member.toLowerCase(Locale.ROOT);
      if (m.startsWith("option<") && m.endsWith(">")) {
        members.add("none");
        members.addAll(members(member.substring(7, member.length() - 1)));
      } else {
        members.add(normalizeMember(member));
      }
    }
    return members;
  }

  private static String normalizeMember(String member) {
    int open = member.indexOf('<');
    if (open < 0 || !member.endsWith(">")) {
      return member.toLowerCase(Locale.ROOT);
    }
    StringBuilder out =
        new StringBuilder(member.substring(0, open).toLowerCase(Locale.ROOT)).append('<');
    List<String> args = splitTop(member.substring(open + 1, member.length() - 1), ',');
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(String.join("|", members(args.get(i))));
    }
    return out.append('>').toString();
  }

  private static List<String> splitTop(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '<' || ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if (ch == '>' || ch == ')' || ch == ']' || ch == '}') {
        depth--;
      } else if (ch == separator && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }
}
