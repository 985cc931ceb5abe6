package dev.surql.cli;

import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the surql command in-process and captures its exit code, stdout and stderr. */
final class Cli {
  static final Path FIXTURES = Path.of("src/test/resources/db");
  static final Path MIGRATIONS = FIXTURES.resolve("cli-migrations");
  static final Path EXAMPLES = Path.of("../examples/src/main/resources/db/migrations");

  private Cli() {}

  record Result(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit code " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  static Result run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  static Result runWithInput(String input, String... args) {
    return run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Result run(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SurqlCommand.run(args, in, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * {@code migrate <subcommand> --url … --ns … --db … --user … --pass … --migrations <dir>
   * <extra…>}.
   */
  static String[] migrate(SurqlDatabase db, Path migrations, String subcommand, String... extra) {
    ConnectionSettings root = SurqlEngines.shared().rootSettings();
    List<String> args =
        new ArrayList<>(
            List.of(
                "migrate",
                subcommand,
                "--url",
                root.url().toString(),
                "--ns",
                db.namespace(),
                "--db",
                db.database(),
                "--user",
                root.user(),
                "--pass",
                root.password(),
                "--migrations",
                migrations.toString()));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }
}
