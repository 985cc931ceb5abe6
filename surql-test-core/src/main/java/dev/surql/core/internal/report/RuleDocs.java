package dev.surql.core.internal.report;

import dev.surql.core.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documentation of each {@link Rule} as written in {@code docs/rules.md} (packaged with the
 * library): what it means, an example and the fix. SARIF reports carry it as each rule's help.
 */
public final class RuleDocs {
  private static final String RESOURCE = "rules.md";
  private static final Pattern HEADING = Pattern.compile("(?m)^### (SQ\\d{3}) \\S+.*$");
  private static final Map<Rule, String> SECTIONS = load();

  private RuleDocs() {}

  /** The Markdown of the rule's section in {@code docs/rules.md}, without its heading. */
  public static Optional<String> markdown(Rule rule) {
    return Optional.ofNullable(SECTIONS.get(rule));
  }

  /** The rule's section as plain text: the Markdown without code fences. */
  public static Optional<String> text(Rule rule) {
    return markdown(rule)
        .map(md -> md.replaceAll("(?m)^```\\w*\\s*\\n", "").replace("`", "").strip());
  }

  private static Map<Rule, String> load() {
    Map<Rule, String> sections = new EnumMap<>(Rule.class);
    try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return sections;
      }
      String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = HEADING.matcher(markdown);
      int start = -1;
      Rule current = null;
      while (true) {
        boolean found = m.find();
        if (current != null) {
          int end = found ? m.start() : markdown.length();
          String body = markdown.substring(start, end);
          int nextSection = body.indexOf("\n## ");
          sections.put(current, (nextSection < 0 ? body : body.substring(0, nextSection)).strip());
        }
        if (!found) {
          break;
        }
        current = Rule.find(m.group(1)).orElse(null);
        start = m.end();
      }
      return sections;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged rules.md", e);
    }
  }
}
