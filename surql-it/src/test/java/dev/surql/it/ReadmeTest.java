package dev.surql.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md's "Use it in your project" section true: it names the version the build makes,
 * and the project the invoker builds ({@code src/it/readme-project}) is made of its blocks only.
 */
class ReadmeTest {
  private static final Path PROJECT = Path.of("src/it/readme-project");
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

  private static String version;
  private static String readme;
  private static String section;

  @BeforeAll
  static void readReadme() throws IOException {
    version = System.getProperty("surql.project.version");
    assertThat(version).as("surql.project.version, set by the pom").isNotBlank();
    readme = Files.readString(Path.of(System.getProperty("surql.readme")), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Use it in your project");
    assertThat(start).as("README.md has a 'Use it in your project' section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    section = readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> blocks(String language) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(section);
    while (matcher.find()) {
      if (matcher.group(1).equals(language)) {
        blocks.add(matcher.group(2));
      }
    }
    return blocks;
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** The text without line breaks and indentation, to compare XML blocks whatever their nesting. */
  private static String flat(String text) {
    return text.replaceAll("\\s*\\n\\s*", "");
  }

  @Test
  void every_surql_test_coordinate_in_the_readme_has_the_version_of_the_build() {
    List<String> maven =
        all(
            Pattern.compile(
                "<groupId>dev\\.surql</groupId>\\s*<artifactId>[^<]+</artifactId>\\s*"
                    + "<version>([^<]+)</version>"),
            readme);
    List<String> gradle = all(Pattern.compile("\"dev\\.surql:[^:\"]+:([^\"]+)\""), readme);
    List<String> installed = all(Pattern.compile("This installs version `([^`]+)`"), readme);

    assertThat(maven).hasSizeGreaterThanOrEqualTo(2).containsOnly(version);
    assertThat(gradle).hasSizeGreaterThanOrEqualTo(2).containsOnly(version);
    assertThat(installed).containsExactly(version);
  }

  @Test
  void the_readme_asks_for_a_junit_that_closes_autocloseable_store_values() {
    List<String> junit =
        all(
            Pattern.compile("<artifactId>junit-jupiter</artifactId>\\s*<version>(\\d+)\\.(\\d+)"),
            section);
    assertThat(junit).isNotEmpty();
    Matcher m =
        Pattern.compile("<artifactId>junit-jupiter</artifactId>\\s*<version>(\\d+)\\.(\\d+)")
            .matcher(section);
    while (m.find()) {
      int major = Integer.parseInt(m.group(1));
      int minor = Integer.parseInt(m.group(2));
      assertThat(major > 5 || minor >= 13).as("JUnit %s.%s >= 5.13", major, minor).isTrue();
    }
    assertThat(section).contains("JUnit Jupiter **5.13 or newer**");
  }

  @Test
  void the_invoked_project_is_made_of_the_readme_blocks() throws IOException {
    List<String> xml = blocks("xml");
    List<String> java = blocks("java");
    assertThat(xml).as("the dependencies and the build").hasSize(2);
    assertThat(java).as("the test class").hasSize(1);
    String pom = flat(Files.readString(PROJECT.resolve("pom.xml"), StandardCharsets.UTF_8));

    assertThat(pom).contains(flat(xml.get(0).replace(version, "@project.version@")));
    assertThat(pom).contains(flat(xml.get(1)));
    assertThat(
            Files.readString(
                PROJECT.resolve("src/test/java/com/example/ShopMigrationsTest.java"),
                StandardCharsets.UTF_8))
        .isEqualTo(java.get(0));
    assertThat(Files.readString(PROJECT.resolve("invoker.properties"), StandardCharsets.UTF_8))
        .contains("test -Dmigrations.dir=history");
    assertThat(section).contains("mvn test -Dmigrations.dir=");
  }
}
