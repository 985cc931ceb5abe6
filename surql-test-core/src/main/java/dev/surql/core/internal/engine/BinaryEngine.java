package dev.surql.core.internal.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code surreal start --bind 127.0.0.1:PORT memory} child process on a free port, ready once
 * {@code GET /health} answers 200; the root credentials reach it through its environment ({@code
 * SURREAL_USER}, {@code SURREAL_PASS}), never its command line. Capabilities become {@code
 * --allow-…} flags; the binary must run the configured release line ({@code surql.version}), which
 * is checked on start.
 */
public final class BinaryEngine extends StartedEngine {
  private final Process process;
  private final CloseOnce closing = new CloseOnce();

  private BinaryEngine(Process process, ConnectionSettings settings, String version) {
    super(EngineKind.BINARY, settings, version);
    this.process = process;
  }

  /** Starts the binary from {@code surql.binary} or {@code surreal} on PATH. */
  public static BinaryEngine start(EngineConfig config) {
    Path binary =
        config
            .binary()
            .orElseGet(
                () ->
                    Executables.findOnPath("surreal")
                        .orElseThrow(
                            () ->
                                new SurqlException(
                                    ErrorCode.ENGINE_UNAVAILABLE,
                                    "No 'surreal' executable is on PATH. Install SurrealDB, "
                                        + "or set surql.binary (SURQL_BINARY) to its path, or use another engine (surql.engine).")));
    int port = freePort();
    ProcessBuilder builder = processBuilder(binary, port, config);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED,
          "Could not run "
              + binary
              + ": "
              + e.getMessage()
              + ". Check surql.binary (SURQL_BINARY) or that 'surreal' on PATH works.",
          e);
    }
    Deque<String> output = new ArrayDeque<>();
    Thread drain = new Thread(() -> drain(process, output), "surql-binary-output");
    drain.setDaemon(true);
    drain.start();
    ConnectionSettings settings =
        ConnectionSettings.of(
            URI.create("http://127.0.0.1:" + port), config.user(), config.password());
    SurqlClient client = SurqlClient.connect(settings);
    long deadline = System.nanoTime() + config.startupTimeout().toNanos();
    while (!client.isHealthy()) {
      if (!process.isAlive()) {
        joinQuietly(drain);
        throw new SurqlException(
            ErrorCode.ENGINE_START_FAILED,
            binary
                + " exited with code "
                + process.exitValue()
                + " before it answered on 127.0.0.1:"
                + port
                + ". Check that it is SurrealDB's 'surreal' executable "
                + "(surql.binary / SURQL_BINARY) and run '"
                + binary
                + " start memory' by hand to see why."
                + outputTail(output));
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new SurqlException(
            ErrorCode.ENGINE_START_FAILED,
            binary
                + " did not answer GET /health on 127.0.0.1:"
                + port
                + " within "
                + config.startupTimeout()
                + "."
                + outputTail(output));
      }
      sleep(50);
    }
    BinaryEngine engine = new BinaryEngine(process, settings, client.serverVersion());
    ShutdownHooks.register(engine);
    return engine;
  }

  /**
   * The {@code surreal start} process for a port: the root credentials go to it as its {@code
   * SURREAL_USER} and {@code SURREAL_PASS} environment variables (which SurrealDB 2.x and 3.x read
   * when {@code --user} and {@code --pass} are not given), so that they never show on a command
   * line that every user of the machine can list.
   */
  static ProcessBuilder processBuilder(Path binary, int port, EngineConfig config) {
    List<String> command =
        new ArrayList<>(List.of(binary.toString(), "start", "--bind", "127.0.0.1:" + port));
    command.addAll(config.capabilities().startArguments());
    command.add("memory");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SURREAL_USER", config.user());
    builder.environment().put("SURREAL_PASS", config.password());
    return builder;
  }

  private static void drain(Process process, Deque<String> output) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (output) {
          output.addLast(line);
          while (output.size() > 30) {
            output.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private static String outputTail(Deque<String> output) {
    synchronized (output) {
      return output.isEmpty()
          ? ""
          : System.lineSeparator()
              + "Output of the binary:"
              + System.lineSeparator()
              + String.join(System.lineSeparator(), new ArrayList<>(output));
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED, "No free port on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED, "Interrupted while waiting for surreal to start", e);
    }
  }

  /**
   * Stops the process. Safe to call twice or from several threads: every call returns once it is
   * gone.
   */
  @Override
  public void close() {
    closing.close(this::stop);
  }

  private void stop() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    ShutdownHooks.unregister(this);
  }
}
