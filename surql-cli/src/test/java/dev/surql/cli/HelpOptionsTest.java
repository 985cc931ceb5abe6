package dev.surql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command and subcommand of {@code surql} answers {@code --help} and {@code -h}: walks the
 * whole picocli command tree, so a command added later is covered without touching this test.
 */
class HelpOptionsTest {

  @TestFactory
  Stream<DynamicTest> every_command_answers_help_and_h() {
    return commandPaths().stream()
        .flatMap(
            path ->
                Stream.of("--help", "-h")
                    .map(
                        option -> {
                          List<String> args = new ArrayList<>(path);
                          args.add(option);
                          String shown = String.join(" ", args);
                          return DynamicTest.dynamicTest(
                              "surql " + shown,
                              () -> {
                                Cli.Result result = Cli.run(args.toArray(String[]::new));

                                assertThat(result.exitCode())
                                    .as("exit code of surql %s%n%s", shown, result)
                                    .isZero();
                                assertThat(result.err()).as("stderr of surql %s", shown).isEmpty();
                                assertThat(result.out())
                                    .as("usage of surql %s", shown)
                                    .contains("Usage: " + String.join(" ", qualified(path)) + " ")
                                    .contains("-h, --help");
                              });
                        }));
  }

  @Test
  void the_walk_finds_the_nested_subcommands() {
    assertThat(commandPaths())
        .contains(
            List.of(),
            List.of("migrate"),
            List.of("migrate", "snapshot"),
            List.of("migrate", "verify"),
            List.of("help"));
  }

  @Test
  void snapshot_keeps_version_as_its_label_and_answers_minus_v_with_the_version_of_surql() {
    Cli.Result help = Cli.run("migrate", "snapshot", "--help");
    assertThat(help.out())
        .contains(
            "--version=VERSION",
            "Label of the snapshot",
            "-V ",
            "Here --version VERSION labels the snapshot; -V prints the version of surql.");

    Cli.Result version = Cli.run("migrate", "snapshot", "-V");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("surql ").contains("(surql-test)");
  }

  /** Every path of subcommand names below the root, the root itself ({@code []}) first. */
  private static List<List<String>> commandPaths() {
    CommandLine root =
        SurqlCommand.commandLine(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            new String[0]);
    List<List<String>> paths = new ArrayList<>();
    walk(root, List.of(), paths);
    return paths;
  }

  private static void walk(CommandLine command, List<String> path, List<List<String>> paths) {
    paths.add(path);
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (name.equals(sub.getCommandName())) { // aliases name the same command again
                List<String> child = new ArrayList<>(path);
                child.add(name);
                walk(sub, child, paths);
              }
            });
  }

  private static List<String> qualified(List<String> path) {
    List<String> names = new ArrayList<>();
    names.add("surql");
    names.addAll(path);
    return names;
  }
}
