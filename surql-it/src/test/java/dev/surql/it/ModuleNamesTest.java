package dev.surql.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each published jar, as the build packaged it, names its Java module in its manifest ({@code
 * Automatic-Module-Name}, see docs/api.md), and the module system accepts the jar under that name.
 * Reads the jars the reactor built (this module runs after them in {@code mvn verify}).
 */
class ModuleNamesTest {

  @ParameterizedTest(name = "{0} is the automatic module {1}")
  @CsvSource({
    "surql-test-core,    dev.surql.core,    dev/surql/core/SurqlException.class",
    "surql-testcontainers, dev.surql.testcontainers, dev/surql/testcontainers/SurrealDbContainer.class",
    "surql-junit5,       dev.surql.junit5,  dev/surql/junit5/SurqlMigrationTest.class",
    "surql-assertj,      dev.surql.assertj, dev/surql/assertj/SurqlAssertions.class",
    "surql-cli,          dev.surql.cli,     dev/surql/cli/SurqlCommand.class",
    "surql-maven-plugin, dev.surql.maven,   dev/surql/maven/MigrateMojo.class"
  })
  void should_name_the_module_of_each_published_jar(
      String artifact, String module, String classFile) throws IOException, URISyntaxException {
    URL url = getClass().getClassLoader().getResource(classFile);
    assertThat(url).as("%s on the test class path", classFile).isNotNull();
    assertThat(url.getProtocol())
        .as(
            "%s is read from the packaged jar of %s (run mvn verify, not mvn test)",
            classFile, artifact)
        .isEqualTo("jar");

    Path jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
    assertThat(jar.getFileName().toString()).startsWith(artifact + "-");
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .as("Automatic-Module-Name in the manifest of %s", jar)
          .isEqualTo(module);
    }
    List<ModuleReference> found = List.copyOf(ModuleFinder.of(jar).findAll());
    assertThat(found).as("modules in %s", jar).hasSize(1);
    ModuleDescriptor descriptor = found.get(0).descriptor();
    assertThat(descriptor.name()).isEqualTo(module);
    assertThat(descriptor.isAutomatic()).isTrue();
  }
}
