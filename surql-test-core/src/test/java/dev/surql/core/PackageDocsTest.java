package dev.surql.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.comments.JavadocComment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of every module (core, the JUnit extension, the AssertJ assertions, the CLI, the
 * Maven plugin, the benchmarks) has a {@code package-info.java} with a Javadoc paragraph, and an
 * internal package says that it carries no compatibility promise. Read from the sources beside this
 * module.
 */
class PackageDocsTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void should_document_every_package_of_every_module() throws IOException {
    List<Path> packages = packages();
    assertThat(packages)
        .as("packages found under %s/*/src/main/java", ROOT.toAbsolutePath().normalize())
        .hasSizeGreaterThan(20);

    List<String> problems = new ArrayList<>();
    for (Path dir : packages) {
      Path info = dir.resolve("package-info.java");
      Optional<String> javadoc = Files.exists(info) ? javadoc(info) : Optional.empty();
      if (!Files.exists(info)) {
        problems.add(
            info + ": missing; add it with a Javadoc paragraph saying what the package is for");
      } else if (javadoc.map(String::isBlank).orElse(true)) {
        problems.add(info + ": no Javadoc paragraph before the package declaration");
      } else if (dir.toString().replace('\\', '/').contains("/internal")
          && !javadoc
              .get()
              .replaceAll("\\s+", " ")
              .toLowerCase(Locale.ROOT)
              .contains("no compatibility promise")) {
        problems.add(
            info + ": an internal package must say that it carries \"no compatibility promise\"");
      }
    }
    assertThat(problems).as("package documentation").isEmpty();
  }

  private static List<Path> packages() throws IOException {
    TreeSet<Path> packages = new TreeSet<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path sources :
          modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.walk(sources)) {
          files
              .filter(f -> f.getFileName().toString().endsWith(".java"))
              .map(Path::getParent)
              .forEach(packages::add);
        }
      }
    }
    return List.copyOf(packages);
  }

  private static Optional<String> javadoc(Path info) throws IOException {
    return ApiCatalogue.parser()
        .parse(info)
        .getResult()
        .flatMap(
            unit -> unit.getPackageDeclaration().flatMap(d -> d.getComment()).or(unit::getComment))
        .filter(JavadocComment.class::isInstance)
        .map(c -> c.getContent().replaceAll("(?m)^\\s*\\*", "").strip());
  }
}
