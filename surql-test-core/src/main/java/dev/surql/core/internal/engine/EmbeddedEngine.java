package dev.surql.core.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.internal.json.SurqlJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded engine: a Node.js child process hosting an official SurrealDB engine package behind
 * SurrealDB's HTTP API on 127.0.0.1 and a free port. The release line ({@link
 * EngineConfig#effectiveVersion()}) picks the package: native {@code @surrealdb/node} for 3.0,
 * WebAssembly {@code @surrealdb/wasm} for 2.x (in memory only), each pinned by its own lockfile.
 *
 * <p>On first use of a line its pinned npm packages are installed with {@code npm ci} into the
 * cache directory ({@code surql.cache.dir}); a file lock keeps parallel JVMs from racing, and later
 * runs reuse the installation. The process exits when this JVM exits (its stdin pipe closes), on
 * {@link #close()}, or on SIGTERM, so it never outlives its parent.
 */
public final class EmbeddedEngine extends StartedEngine {
  /** The {@code @surrealdb/node} package version the default (3.0) engine runs. */
  public static final String NODE_PACKAGE_VERSION = SurrealVersion.V3_0.embeddedPackageVersion();

  private static final System.Logger LOG = System.getLogger(EmbeddedEngine.class.getName());
  private static final String RESOURCE_DIR = "/dev/surql/core/internal/engine/embedded/";
  private static final List<String> RESOURCES =
      List.of("package.json", "package-lock.json", "server.mjs");
  private static final List<String> PER_VERSION = List.of("package.json", "package-lock.json");
  private static final String INSTALLED_MARKER = ".surql-installed";

  private final Process process;
  private final Deque<String> output;
  private final CloseOnce closing = new CloseOnce();

  private EmbeddedEngine(
      Process process, ConnectionSettings settings, String version, Deque<String> output) {
    super(EngineKind.EMBEDDED, settings, version);
    this.process = process;
    this.output = output;
  }

  /** Installs (if needed) and starts an embedded engine. */
  public static EmbeddedEngine start(EngineConfig config) {
    Path node =
        config
            .node()
            .map(EmbeddedEngine::checkConfiguredNode)
            .orElseGet(
                () ->
                    Executables.findOnPath("node")
                        .orElseThrow(
                            () ->
                                new SurqlException(
                                    ErrorCode.ENGINE_UNAVAILABLE,
                                    "The embedded engine needs Node.js 18 or newer, "
                                        + "but no 'node' executable is on PATH. Install Node.js (it comes with npm), or set surql.node "
                                        + "(SURQL_NODE) to its path, or use another engine: surql.engine=CONTAINER (Docker), BINARY "
                                        + "(a 'surreal' binary) or EXTERNAL with surql.url.")));
    SurrealVersion version = config.effectiveVersion();
    if (version.embeddedIsWasm() && config.persistentEmbeddedStorage()) {
      throw new SurqlException(
          ErrorCode.INVALID_CONFIGURATION,
          "surql.embedded.storage="
              + config.embeddedStorage()
              + " needs the native embedded engine of SurrealDB 3.0, but surql.version="
              + version
              + " runs "
              + version.embeddedPackage()
              + ", which keeps its data in memory only. Use surql.embedded.storage=mem://, "
              + "surql.version=3.0, or another engine (CONTAINER, BINARY) for persistent "
              + version
              + " storage.");
    }
    if (config.capabilities().scripting()) {
      throw new SurqlException(
          ErrorCode.INVALID_CONFIGURATION,
          "surql.capabilities asks for scripting, but the "
              + "embedded engine ("
              + packageName(config)
              + ") is built without JavaScript functions. Use "
              + "surql.engine=BINARY or CONTAINER for migrations with embedded functions, or drop 'scripting'.");
    }
    Path installDir = install(config, node);
    return launch(config, node, installDir);
  }

  private static Path checkConfiguredNode(Path node) {
    if (!Files.isRegularFile(node) || !Files.isExecutable(node)) {
      throw new SurqlException(
          ErrorCode.ENGINE_UNAVAILABLE,
          "surql.node (SURQL_NODE) is set to "
              + node
              + ", but that is not an executable file. Set it to the 'node' executable of Node.js 18 or newer, unset it "
              + "to use 'node' on PATH, or use another engine: surql.engine=CONTAINER (Docker), BINARY (a 'surreal' "
              + "binary) or EXTERNAL with surql.url.");
    }
    return node;
  }

  /** The directory the npm packages are installed in, installing them first if needed. */
  static Path install(EngineConfig config, Path node) {
    SurrealVersion version = config.effectiveVersion();
    byte[][] contents = new byte[RESOURCES.size()][];
    MessageDigest digest = sha256();
    for (int i = 0; i < RESOURCES.size(); i++) {
      String name = RESOURCES.get(i);
      contents[i] = resource(PER_VERSION.contains(name) ? version.line() + "/" + name : name);
      digest.update(contents[i]);
    }
    String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    String name =
        "embedded-" + version.line() + "-" + version.embeddedPackageVersion() + "-" + hash;
    Path dir = config.cacheDir().resolve(name);
    try {
      Files.createDirectories(config.cacheDir());
      Path lockFile = config.cacheDir().resolve(name + ".lock");
      try (FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        // held until the install is complete; closing the channel would release it too
        FileLock lock = channel.lock();
        try {
          if (Files.exists(dir.resolve(INSTALLED_MARKER))) {
            return dir;
          }
          Files.createDirectories(dir);
          for (int i = 0; i < RESOURCES.size(); i++) {
            Path tmp = dir.resolve(RESOURCES.get(i) + ".tmp");
            Files.write(tmp, contents[i]);
            Files.move(tmp, dir.resolve(RESOURCES.get(i)), StandardCopyOption.REPLACE_EXISTING);
          }
          runNpmCi(config, node, dir);
          Files.writeString(
              dir.resolve(INSTALLED_MARKER),
              version.embeddedPackage() + "@" + version.embeddedPackageVersion() + "\n");
          return dir;
        } finally {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED,
          "Could not prepare the embedded engine in "
              + dir
              + ": "
              + e.getMessage()
              + ". Check that surql.cache.dir (SURQL_CACHE_DIR) is writable.",
          e);
    }
  }

  private static void runNpmCi(EngineConfig config, Path node, Path dir) throws IOException {
    Path npm =
        Optional.ofNullable(node.getParent())
            .map(p -> p.resolve("npm"))
            .filter(Files::isExecutable)
            .or(() -> Executables.findOnPath("npm"))
            .orElseThrow(
                () ->
                    new SurqlException(
                        ErrorCode.ENGINE_UNAVAILABLE,
                        "The embedded engine installs "
                            + packageName(config)
                            + " with npm, but no 'npm' executable is next to "
                            + node
                            + " or on PATH. Install npm (it ships with Node.js)."));
    LOG.log(
        System.Logger.Level.INFO,
        "Installing the embedded SurrealDB "
            + config.effectiveVersion()
            + " engine ("
            + packageName(config)
            + ") into "
            + dir
            + " with npm ci (first use only)");
    ProcessBuilder builder =
        new ProcessBuilder(
                npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error", "--omit=dev")
            .directory(dir.toFile())
            .redirectErrorStream(true);
    Path nodeDir = node.toAbsolutePath().getParent();
    if (nodeDir != null) {
      builder
          .environment()
          .merge("PATH", nodeDir.toString(), (old, add) -> add + java.io.File.pathSeparator + old);
    }
    Process npmProcess = builder.start();
    CompletableFuture<String> log =
        CompletableFuture.supplyAsync(() -> readAll(npmProcess.getInputStream()));
    try {
      if (!npmProcess.waitFor(10, TimeUnit.MINUTES)) {
        npmProcess.destroyForcibly();
        throw new SurqlException(
            ErrorCode.ENGINE_START_FAILED,
            "npm ci for the embedded engine did not finish "
                + "within 10 minutes in "
                + dir
                + ". Check that the npm registry is reachable.");
      }
      if (npmProcess.exitValue() != 0) {
        throw new SurqlException(
            ErrorCode.ENGINE_START_FAILED,
            "npm ci for the embedded engine failed (exit "
                + npmProcess.exitValue()
                + ") in "
                + dir
                + ":"
                + System.lineSeparator()
                + tail(log.get(10, TimeUnit.SECONDS), 20)
                + System.lineSeparator()
                + "Check that the npm registry is reachable and that 'npm ci' works there.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      npmProcess.destroyForcibly();
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED, "Interrupted while installing the embedded engine", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED, "npm ci failed in " + dir + ": " + e, e);
    }
  }

  private static String packageName(EngineConfig config) {
    return config.effectiveVersion().embeddedPackage()
        + "@"
        + config.effectiveVersion().embeddedPackageVersion();
  }

  private static EmbeddedEngine launch(EngineConfig config, Path node, Path dir) {
    ProcessBuilder builder =
        new ProcessBuilder(node.toString(), "server.mjs").directory(dir.toFile());
    builder.environment().put("SURQL_EMBEDDED_USER", config.user());
    builder.environment().put("SURQL_EMBEDDED_PASS", config.password());
    builder.environment().put("SURQL_EMBEDDED_PORT", "0");
    builder.environment().put("SURQL_EMBEDDED_STORAGE", config.embeddedStorage());
    builder
        .environment()
        .put("SURQL_EMBEDDED_ENGINE", config.effectiveVersion().embeddedIsWasm() ? "wasm" : "node");
    if (!config.capabilities().isNone()) {
      try {
        builder
            .environment()
            .put(
                "SURQL_EMBEDDED_CAPABILITIES",
                SurqlJson.mapper()
                    .writeValueAsString(
                        config.capabilities().embeddedOption(config.effectiveVersion())));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED,
          "Could not run "
              + node
              + " for the embedded engine: "
              + e.getMessage()
              + ". Check surql.node (SURQL_NODE) or that 'node' on PATH works.",
          e);
    }
    Deque<String> output = new ArrayDeque<>();
    BufferedReader stdout =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> firstLine = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                String line;
                while ((line = stdout.readLine()) != null) {
                  if (!firstLine.isDone()) {
                    firstLine.complete(line);
                  } else {
                    remember(output, line);
                  }
                }
              } catch (IOException e) {
                // the process ended
              } finally {
                firstLine.complete(null);
              }
            },
            "surql-embedded-stdout");
    reader.setDaemon(true);
    reader.start();
    Thread errors =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                  remember(output, line);
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "surql-embedded-stderr");
    errors.setDaemon(true);
    errors.start();

    String line;
    try {
      line = firstLine.get(config.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED,
          "The embedded engine did not become ready within "
              + config.startupTimeout()
              + " ("
              + dir
              + ")."
              + outputTail(output));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED, "Interrupted while starting the embedded engine", e);
    } catch (ExecutionException e) {
      process.destroyForcibly();
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED, "The embedded engine failed to start: " + e.getCause(), e);
    }
    JsonNode ready = parseLine(line);
    if (ready == null || !"ready".equals(ready.path("event").asText())) {
      process.destroyForcibly();
      waitQuietly(process);
      String reason =
          ready != null
              ? ready.path("message").asText()
              : "it exited"
                  + (process.isAlive() ? "" : " with code " + process.exitValue())
                  + " before it was ready";
      String remedy =
          ready != null && "LOAD_FAILED".equals(ready.path("code").asText())
              ? " The "
                  + packageName(config)
                  + " engine does not load on this machine (it needs Linux/macOS/Windows on x64 or "
                  + "arm64 and a recent glibc). Delete "
                  + dir
                  + " to reinstall it, or use another engine: "
                  + "surql.engine=CONTAINER (Docker), BINARY (a 'surreal' binary) or EXTERNAL with surql.url."
              : config.persistentEmbeddedStorage()
                  ? " Check that the storage "
                      + config.embeddedStorage()
                      + " (surql.embedded.storage) is a writable"
                      + " directory that no other engine has open, or delete "
                      + dir
                      + " to reinstall the engine."
                  : " Delete " + dir + " to reinstall the engine if the problem persists.";
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED,
          "The embedded engine did not start: " + reason + "." + remedy + outputTail(output));
    }
    int port = ready.path("port").asInt();
    String version = ready.path("version").asText();
    ConnectionSettings settings =
        ConnectionSettings.of(
            URI.create("http://127.0.0.1:" + port), config.user(), config.password());
    EmbeddedEngine engine = new EmbeddedEngine(process, settings, version, output);
    ShutdownHooks.register(engine);
    return engine;
  }

  private static JsonNode parseLine(String line) {
    if (line == null) {
      return null;
    }
    try {
      return SurqlJson.mapper().readTree(line);
    } catch (IOException e) {
      return null;
    }
  }

  private static void remember(Deque<String> output, String line) {
    synchronized (output) {
      output.addLast(line);
      while (output.size() > 50) {
        output.removeFirst();
      }
    }
  }

  private static String outputTail(Deque<String> output) {
    synchronized (output) {
      return output.isEmpty()
          ? ""
          : System.lineSeparator()
              + "Engine output:"
              + System.lineSeparator()
              + String.join(System.lineSeparator(), new ArrayList<>(output));
    }
  }

  private static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static String tail(String text, int lines) {
    String[] all = text.strip().split("\\R");
    int from = Math.max(0, all.length - lines);
    return String.join(System.lineSeparator(), java.util.Arrays.copyOfRange(all, from, all.length));
  }

  private static byte[] resource(String name) {
    try (InputStream in = EmbeddedEngine.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new SurqlException(
            ErrorCode.ENGINE_START_FAILED,
            "The resource "
                + RESOURCE_DIR
                + name
                + " is missing from surql-test-core: the jar is incomplete.");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED, "Cannot read resource " + RESOURCE_DIR + name, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitQuietly(Process process) {
    try {
      process.waitFor(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return process.isAlive() && SurqlClient.connect(rootSettings()).isHealthy();
  }

  /** The engine's operating-system process. */
  public ProcessHandle process() {
    return process.toHandle();
  }

  /**
   * Stops the Node.js process: closes its stdin, then terminates it if it has not exited within 3
   * seconds. Safe to call twice or from several threads: every call returns once the process is
   * gone.
   */
  @Override
  public void close() {
    closing.close(this::stop);
  }

  private void stop() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // already closed
    }
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(5, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    ShutdownHooks.unregister(this);
  }

  @Override
  String describe() {
    return ", pid " + process.pid();
  }

  static Duration defaultStartupTimeout() {
    return Duration.ofSeconds(120);
  }
}
