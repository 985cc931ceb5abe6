package dev.surql.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule catalogue: unique stable codes in their ranges, each documented in docs/rules.md. */
class RuleCatalogueTest {

  private static final Path RULES_MD = Path.of("..", "docs", "rules.md");

  @Test
  void should_give_every_rule_a_unique_code_and_short_name_in_its_range() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::code))
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("SQ[1-59]\\d\\d"));
    assertThat(Arrays.stream(Rule.values()).map(Rule::shortName))
        .doesNotHaveDuplicates()
        .allMatch(name -> name.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    assertThat(Rule.values()).allSatisfy(rule -> assertThat(rule.summary()).isNotBlank());
  }

  @Test
  void should_find_a_rule_by_code_or_short_name() {
    assertThat(Rule.find("sq101")).contains(Rule.REMOVE_TABLE);
    assertThat(Rule.find("remove-table")).contains(Rule.REMOVE_TABLE);
    assertThat(Rule.find("SQ999")).isEmpty();
  }

  @Test
  void should_document_every_rule_with_its_meaning_and_fix_and_an_example_for_the_rollback_ranges()
      throws IOException {
    String markdown = Files.readString(RULES_MD, StandardCharsets.UTF_8);
    Matcher heading =
        Pattern.compile("(?m)^### (SQ\\d{3}) (\\S+)(?: \\((\\w+)[^)]*\\))?$").matcher(markdown);
    List<String> headings = new java.util.ArrayList<>();
    while (heading.find()) {
      headings.add(heading.group(1) + " " + heading.group(2));
      Rule.find(heading.group(1))
          .filter(r -> heading.group(3) != null)
          .ifPresent(
              r ->
                  assertThat(heading.group(3))
                      .as("level documented for %s", r.label())
                      .isEqualTo(r.level().name().toLowerCase(Locale.ROOT)));
    }

    assertThat(headings)
        .as("headings of %s: code and short name", RULES_MD)
        .containsAll(Arrays.stream(Rule.values()).map(Rule::label).toList());
    for (Rule rule : Rule.values()) {
      Matcher section =
          Pattern.compile(
                  "(?ms)^### " + Pattern.quote(rule.label()) + "( \\([^)]*\\))?$(.*?)(?=^##|\\z)")
              .matcher(markdown);
      assertThat(section.find()).as("section of %s", rule.label()).isTrue();
      assertThat(section.group(2))
          .as("section of %s: meaning and fix", rule.label())
          .containsPattern("\\w+")
          .contains("Fix:");
      if (rule.code().matches("SQ[123]\\d\\d")) {
        assertThat(section.group(2)).as("section of %s: an example", rule.label()).contains("```");
      }
    }
  }

  @Test
  void should_document_every_rule_in_the_section_of_its_range() throws IOException {
    String markdown = Files.readString(RULES_MD, StandardCharsets.UTF_8);
    for (Rule rule : Rule.values()) {
      String range = rule.code().substring(0, 3) + "xx";
      int section = markdown.indexOf("## " + range + ":");
      int next = markdown.indexOf("\n## ", section + 1);
      int entry = markdown.indexOf("### " + rule.label());
      assertThat(entry)
          .as("%s inside the %s section", rule.label(), range)
          .isGreaterThan(section)
          .isLessThan(next < 0 ? Integer.MAX_VALUE : next);
    }
  }
}
