package dev.surql.maven;

import dev.surql.cli.SurqlCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs a {@code surql} command in the Maven JVM, the same code the command line runs, with its
 * output going to Maven's log line by line: standard output at info, errors at error. GitHub
 * workflow commands ({@code ::error …}) go to standard output unprefixed, since the Actions runner
 * reads them only at the start of a line.
 */
final class CliRunner {
  private final Log log;
  private final PrintStream console;

  CliRunner(Log log, PrintStream console) {
    this.log = log;
    this.console = console;
  }

  /** Runs {@code surql <args>} and returns its exit code. */
  int run(List<String> args) {
    try (PrintWriter out = new PrintWriter(new LineWriter(this::out), true);
        PrintWriter err = new PrintWriter(new LineWriter(log::error), true)) {
      return SurqlCommand.run(
          args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out, err);
    }
  }

  private void out(String line) {
    if (line.startsWith("::")) {
      console.println(line);
      console.flush();
    } else {
      log.info(line);
    }
  }

  /** A writer that hands each complete line to a consumer. */
  private static final class LineWriter extends Writer {
    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    LineWriter(Consumer<String> lines) {
      this.lines = lines;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        char c = buffer[i];
        if (c == '\n') {
          emit();
        } else if (c != '\r') {
          pending.append(c);
        }
      }
    }

    private void emit() {
      lines.accept(pending.toString());
      pending.setLength(0);
    }

    @Override
    public void flush() {
      // lines are handed over when complete
    }

    @Override
    public void close() {
      if (pending.length() > 0) {
        emit();
      }
    }
  }
}
