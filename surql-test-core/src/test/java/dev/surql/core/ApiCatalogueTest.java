package dev.surql.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md lists core's public API, generated from the compiled classes: this test fails when
 * the page is out of date, and rewrites it when run with {@code -Dsurql.api.update=true}.
 */
class ApiCatalogueTest {

  private static final Path API_MD = Path.of("..", "docs", "api.md");
  private static final Path SOURCES = Path.of("src", "main", "java");

  private static String generated;

  /** The generated part of the page, rendered once for both tests. */
  private static synchronized String generated() {
    if (generated == null) {
      generated = new ApiCatalogue(SOURCES).render(ApiPackages.mainClasses().stream().toList());
    }
    return generated;
  }

  @Test
  void should_list_the_public_api_of_core_as_it_is_compiled() throws IOException {
    String page = Files.readString(API_MD, StandardCharsets.UTF_8);
    int marker = page.indexOf(ApiCatalogue.MARKER);
    assertThat(marker)
        .as("%s keeps its hand-written part above the line%n  %s", API_MD, ApiCatalogue.MARKER)
        .isNotNegative();
    String expected = page.substring(0, marker) + generated();

    if (Boolean.getBoolean("surql.api.update")) {
      Files.writeString(API_MD, expected, StandardCharsets.UTF_8);
    } else if (!page.equals(expected)) {
      fail(
          "docs/api.md is out of date with core's public API (%s).%nRegenerate it from the worktree root:%n  %s%n"
              + "and review the diff (git diff docs/api.md): every changed line is a change of the public API.",
          firstDifference(page, expected), ApiCatalogue.REGENERATE);
    }
  }

  @Test
  void should_give_every_api_package_and_type_a_javadoc_sentence() {
    List<String> missing = new ArrayList<>();
    String heading = "";
    for (String line : generated().split("\n")) {
      if (line.startsWith("## ") || line.startsWith("### ")) {
        heading = line;
      } else if (line.contains(ApiCatalogue.NO_JAVADOC)
          || line.contains(ApiCatalogue.NO_PACKAGE_INFO)) {
        missing.add(heading);
      }
    }
    assertThat(missing)
        .as("API packages and types without a Javadoc sentence in %s", API_MD)
        .isEmpty();
  }

  private static String firstDifference(String actual, String expected) {
    String[] a = actual.split("\n", -1);
    String[] e = expected.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, e.length); i++) {
      String left = i < a.length ? a[i] : "<end of file>";
      String right = i < e.length ? e[i] : "<end of file>";
      if (!left.equals(right)) {
        return String.format(
            "first difference at line %d: the page says%n    %s%n  the code says%n    %s",
            i + 1, left, right);
      }
    }
    return "only line endings differ";
  }
}
