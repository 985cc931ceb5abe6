package dev.surql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as real processes. Tests run before {@code package}, so the shaded jar does not exist
 * yet; instead a manifest-only jar with the same {@code Main-Class} and the test class path as
 * {@code Class-Path} stands in for it: {@code java -jar} behaves the same, and the launcher script
 * cannot tell the difference.
 */
class LauncherTest {
  private static final Path SCRIPT =
      Path.of(System.getProperty("surql.cli.dist", "src/main/dist")).resolve("surql");
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  record Run(int exitCode, String out, String err) {}

  private static Run exec(List<String> command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("SURQL_"));
    builder.environment().putAll(environment);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process process = builder.start();
    var out = process.getInputStream().readAllBytes();
    var err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("process ended").isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /**
   * A jar holding only a manifest: Main-Class dev.surql.cli.SurqlCommand, Class-Path this JVM's
   * class path.
   */
  private static Path launcherJar(Path dir, String name) throws IOException {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.put(Attributes.Name.MAIN_CLASS, SurqlCommand.class.getName());
    List<String> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
    }
    attributes.put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
      jarOut.flush(); // the manifest is the whole jar
    }
    return jar;
  }

  @Test
  void the_main_class_runs_as_a_process_and_exits_with_the_command_exit_code() throws Exception {
    List<String> java =
        List.of(JAVA, "-cp", System.getProperty("java.class.path"), SurqlCommand.class.getName());

    Run version = exec(concat(java, "--version"), Map.of());
    assertThat(version.exitCode()).as(version.toString()).isZero();
    assertThat(version.out()).startsWith("surql ").contains("(surql-test)");

    // settings from the environment; an unreachable server is exit code 4, the password never shows
    Run status =
        exec(
            concat(java, "migrate", "status", "--migrations", Cli.MIGRATIONS.toString()),
            Map.of(
                "SURQL_URL",
                "http://127.0.0.1:1",
                "SURQL_NS",
                "n",
                "SURQL_DB",
                "d",
                "SURQL_PASS",
                "env-s3cret-pass"));
    assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(status.err())
        .isEqualTo(
            "surql: SurrealDB at http://127.0.0.1:1 does not answer GET /health with 200. "
                + "Is it running? (surql.url / SURQL_URL)"
                + System.lineSeparator());
    assertThat(status.out() + status.err()).doesNotContain("env-s3cret-pass");
  }

  @Test
  void the_launcher_script_finds_the_jar_next_to_itself_and_passes_arguments_and_exit_codes(
      @TempDir Path dir) throws Exception {
    Path script = Files.copy(SCRIPT, dir.resolve("surql"), StandardCopyOption.COPY_ATTRIBUTES);
    launcherJar(dir, "surql-cli-0.0.0-all.jar");

    Run version = exec(List.of("bash", script.toString(), "--version"), Map.of());
    assertThat(version.exitCode()).as(version.toString()).isZero();
    assertThat(version.out()).startsWith("surql ");

    Run usage = exec(List.of("bash", script.toString(), "migrate", "up", "--bogus"), Map.of());
    assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(usage.err()).startsWith("surql: Unknown option: '--bogus'");
  }

  @Test
  void the_launcher_script_uses_surql_jar_and_says_when_there_is_no_jar(@TempDir Path dir)
      throws Exception {
    Path script = Files.copy(SCRIPT, dir.resolve("surql"), StandardCopyOption.COPY_ATTRIBUTES);

    Run missing = exec(List.of("bash", script.toString(), "--version"), Map.of());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(missing.err())
        .contains(
            "surql: cannot find surql-cli-*-all.jar",
            "mvn -B -q -pl surql-cli -am package -DskipTests");

    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Path jar = launcherJar(elsewhere, "any-name.jar");
    Run explicit =
        exec(List.of("bash", script.toString(), "--version"), Map.of("SURQL_JAR", jar.toString()));
    assertThat(explicit.exitCode()).as(explicit.toString()).isZero();
    assertThat(explicit.out()).startsWith("surql ");

    Run wrong =
        exec(
            List.of("bash", script.toString(), "--version"),
            Map.of("SURQL_JAR", dir.resolve("nope.jar").toString()));
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(wrong.err())
        .contains(
            "SURQL_JAR is set to " + dir.resolve("nope.jar") + ", but that file does not exist.");
  }

  @Test
  void the_launcher_script_is_executable() {
    assertThat(Files.isExecutable(SCRIPT)).as(SCRIPT + " is executable").isTrue();
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }
}
