package dev.surql.core.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to get a SurrealDB engine: the kind and its settings. Built fluently ({@code
 * EngineConfig.defaults().withKind(EngineKind.EMBEDDED)}) or read from system properties and the
 * environment with {@link #fromEnvironment()}:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>System property</th><th>Environment</th><th>Meaning</th><th>Default</th></tr>
 *   <tr><td>surql.engine</td><td>SURQL_ENGINE</td><td>AUTO, EMBEDDED, CONTAINER, BINARY, EXTERNAL</td><td>AUTO</td></tr>
 *   <tr><td>surql.url</td><td>SURQL_URL</td><td>URL of an external server</td><td>none</td></tr>
 *   <tr><td>surql.user</td><td>SURQL_USER</td><td>root user</td><td>root</td></tr>
 *   <tr><td>surql.pass</td><td>SURQL_PASS</td><td>root password</td><td>root</td></tr>
 *   <tr><td>surql.image</td><td>SURQL_IMAGE</td><td>Docker image for CONTAINER</td><td>surrealdb/surrealdb tagged for surql.version</td></tr>
 *   <tr><td>surql.binary</td><td>SURQL_BINARY</td><td>surreal executable for BINARY</td><td>surreal on PATH</td></tr>
 *   <tr><td>surql.node</td><td>SURQL_NODE</td><td>node executable for EMBEDDED</td><td>node on PATH</td></tr>
 *   <tr><td>surql.cache.dir</td><td>SURQL_CACHE_DIR</td><td>where EMBEDDED installs its npm packages</td><td>~/.cache/surql-test</td></tr>
 *   <tr><td>surql.version</td><td>SURQL_VERSION</td><td>SurrealDB release line: 3.0, 2.6, 2.4, 2.3
 *       ({@link SurrealVersion})</td><td>3.0</td></tr>
 *   <tr><td>surql.capabilities</td><td>SURQL_CAPABILITIES</td><td>engine capabilities to allow, e.g.
 *       {@code experimental:record_references} ({@link EngineCapabilities})</td><td>none</td></tr>
 *   <tr><td>surql.embedded.storage</td><td>SURQL_EMBEDDED_STORAGE</td><td>where EMBEDDED keeps its data:
 *       {@code mem://}, {@code surrealkv://<dir>} or {@code rocksdb://<dir>}</td><td>mem://</td></tr>
 * </table>
 *
 * <p>A persistent embedded storage ({@code surrealkv://} or {@code rocksdb://}) keeps the data when
 * the engine stops or is killed, so a new engine started on the same directory sees it again. Only
 * one engine at a time may open a storage directory.
 */
public final class EngineConfig {

  /**
   * The Docker image repository of SurrealDB, which CONTAINER runs unless {@code surql.image} names
   * another.
   */
  public static final String IMAGE_REPOSITORY = "surrealdb/surrealdb";

  /**
   * The default {@code surql.image}: SurrealDB of the default release line ({@link
   * SurrealVersion#DEFAULT}).
   */
  public static final String DEFAULT_IMAGE =
      IMAGE_REPOSITORY + ":" + SurrealVersion.DEFAULT.containerTag();

  /** The embedded engine's default storage: in memory, gone when the engine stops. */
  public static final String MEMORY_STORAGE = "mem://";

  private static final List<String> PERSISTENT_SCHEMES = List.of("surrealkv://", "rocksdb://");

  private final EngineKind kind;
  private final Optional<String> url;
  private final String user;
  private final String password;
  private final String image;
  private final Optional<Path> binary;
  private final Optional<Path> node;
  private final Path cacheDir;
  private final Duration startupTimeout;
  private final String embeddedStorage;
  private final Optional<SurrealVersion> version;
  private final EngineCapabilities capabilities;

  private EngineConfig(
      EngineKind kind,
      Optional<String> url,
      String user,
      String password,
      String image,
      Optional<Path> binary,
      Optional<Path> node,
      Path cacheDir,
      Duration startupTimeout,
      String embeddedStorage,
      Optional<SurrealVersion> version,
      EngineCapabilities capabilities) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(binary, "binary");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(cacheDir, "cacheDir");
    Objects.requireNonNull(startupTimeout, "startupTimeout");
    embeddedStorage = normalizeStorage(Objects.requireNonNull(embeddedStorage, "embeddedStorage"));
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(capabilities, "capabilities");
    this.kind = kind;
    this.url = url;
    this.user = user;
    this.password = password;
    this.image = image;
    this.binary = binary;
    this.node = node;
    this.cacheDir = cacheDir;
    this.startupTimeout = startupTimeout;
    this.embeddedStorage = embeddedStorage;
    this.version = version;
    this.capabilities = capabilities;
  }

  /** The kind of engine to get. */
  public EngineKind kind() {
    return kind;
  }

  /** The URL of an EXTERNAL server, if set. */
  public Optional<String> url() {
    return url;
  }

  /** The root user. */
  public String user() {
    return user;
  }

  /** The root user's password. */
  public String password() {
    return password;
  }

  /** The Docker image set for CONTAINER; see {@link #containerImage()} for the one that runs. */
  public String image() {
    return image;
  }

  /** The {@code surreal} executable for BINARY, if set (else the one on the {@code PATH}). */
  public Optional<Path> binary() {
    return binary;
  }

  /** The {@code node} executable for EMBEDDED, if set (else the one on the {@code PATH}). */
  public Optional<Path> node() {
    return node;
  }

  /** Where EMBEDDED installs its npm packages. */
  public Path cacheDir() {
    return cacheDir;
  }

  /** How long an engine may take to start. */
  public Duration startupTimeout() {
    return startupTimeout;
  }

  /**
   * Where EMBEDDED keeps its data: {@code mem://} or a directory's {@code surrealkv://} or {@code
   * rocksdb://} URL.
   */
  public String embeddedStorage() {
    return embeddedStorage;
  }

  /** The release line set; see {@link #effectiveVersion()} for the one engines run. */
  public Optional<SurrealVersion> version() {
    return version;
  }

  /** The engine capabilities allowed beyond the defaults. */
  public EngineCapabilities capabilities() {
    return capabilities;
  }

  /** AUTO, root/root, the default image, ~/.cache/surql-test, 120 s startup timeout. */
  public static EngineConfig defaults() {
    return new EngineConfig(
        EngineKind.AUTO,
        Optional.empty(),
        "root",
        "root",
        DEFAULT_IMAGE,
        Optional.empty(),
        Optional.empty(),
        defaultCacheDir(),
        Duration.ofSeconds(120),
        MEMORY_STORAGE,
        Optional.empty(),
        EngineCapabilities.none());
  }

  /**
   * The defaults overridden by system properties, then by environment variables where no property
   * is set.
   */
  public static EngineConfig fromEnvironment() {
    return from(System.getProperties()::getProperty, System.getenv());
  }

  static EngineConfig from(Function<String, String> properties, Map<String, String> environment) {
    Function<String, Optional<String>> setting =
        name -> {
          String value = properties.apply(name);
          if (value == null || value.isBlank()) {
            value = environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_'));
          }
          return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        };
    EngineConfig config = defaults();
    Optional<String> kind = setting.apply("surql.engine");
    if (kind.isPresent()) {
      config = config.withKind(parseKind(kind.get(), "surql.engine"));
    }
    config = config.withUrlOptional(setting.apply("surql.url"));
    config = config.withUser(setting.apply("surql.user").orElse(config.user()));
    config = config.withPassword(setting.apply("surql.pass").orElse(config.password()));
    config = config.withImage(setting.apply("surql.image").orElse(config.image()));
    config = setting.apply("surql.binary").map(Path::of).map(config::withBinary).orElse(config);
    config = setting.apply("surql.node").map(Path::of).map(config::withNode).orElse(config);
    config =
        setting.apply("surql.cache.dir").map(Path::of).map(config::withCacheDir).orElse(config);
    config =
        setting.apply("surql.embedded.storage").map(config::withEmbeddedStorage).orElse(config);
    config =
        setting
            .apply("surql.version")
            .map(v -> SurrealVersion.parse(v, "surql.version"))
            .map(config::withVersion)
            .orElse(config);
    config =
        setting
            .apply("surql.capabilities")
            .map(c -> EngineCapabilities.parse(c, "surql.capabilities"))
            .map(config::withCapabilities)
            .orElse(config);
    return config;
  }

  static EngineKind parseKind(String value, String source) {
    try {
      return EngineKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SurqlException(
          ErrorCode.INVALID_CONFIGURATION,
          source
              + "="
              + value
              + " is not an engine kind; use one of AUTO, EMBEDDED, CONTAINER, BINARY, EXTERNAL.");
    }
  }

  private static Path defaultCacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("surql-test");
  }

  public EngineConfig withKind(EngineKind kind) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  public EngineConfig withUrl(String url) {
    return withUrlOptional(Optional.of(url));
  }

  private EngineConfig withUrlOptional(Optional<String> url) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  public EngineConfig withUser(String user) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  public EngineConfig withPassword(String password) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  public EngineConfig withImage(String image) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  public EngineConfig withBinary(Path binary) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        Optional.of(binary),
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  public EngineConfig withNode(Path node) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        Optional.of(node),
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  public EngineConfig withCacheDir(Path cacheDir) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  public EngineConfig withStartupTimeout(Duration startupTimeout) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  /**
   * The embedded engine's storage: {@code mem://} (the default), or {@code surrealkv://<dir>} /
   * {@code rocksdb://<dir>} to keep the data in a directory (a relative directory is resolved
   * against the working directory now).
   *
   * @throws SurqlException ({@link ErrorCode#INVALID_CONFIGURATION}) for any other value
   */
  public EngineConfig withEmbeddedStorage(String embeddedStorage) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  /**
   * The SurrealDB release line to run on. The embedded engine and the container run that line's
   * engine; a BINARY or EXTERNAL server must report a version of it, or starting fails.
   */
  public EngineConfig withVersion(SurrealVersion version) {
    return withVersionOptional(Optional.of(version));
  }

  /**
   * Like {@link #withVersion(SurrealVersion)}, reading the line from text ({@code 2.6}, {@code
   * 3.0}, …); {@code source} names where the text came from in the error, e.g. {@code --surrealdb}.
   */
  public EngineConfig withVersion(String version, String source) {
    return withVersion(SurrealVersion.parse(version, source));
  }

  EngineConfig withVersionOptional(Optional<SurrealVersion> version) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  /** The engine capabilities to allow beyond the defaults (replacing any set before). */
  public EngineConfig withCapabilities(EngineCapabilities capabilities) {
    return new EngineConfig(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }

  /**
   * The release line engines started for this configuration run: the one set with {@link
   * #withVersion(SurrealVersion)} or {@code surql.version}, else {@link SurrealVersion#DEFAULT}.
   */
  public SurrealVersion effectiveVersion() {
    return version.orElse(SurrealVersion.DEFAULT);
  }

  /**
   * The Docker image CONTAINER runs: {@code surql.image} if set to something other than the
   * default, else {@code surrealdb/surrealdb} tagged for {@link #effectiveVersion()}.
   */
  public String containerImage() {
    return image.equals(DEFAULT_IMAGE)
        ? IMAGE_REPOSITORY + ":" + effectiveVersion().containerTag()
        : image;
  }

  /**
   * The embedded engine keeps its data in {@code directory} with SurrealKV ({@code surrealkv://}).
   */
  public EngineConfig withEmbeddedStorage(Path directory) {
    return withEmbeddedStorage("surrealkv://" + directory.toAbsolutePath());
  }

  /** Whether the embedded engine keeps its data on disk (anything but {@code mem://}). */
  public boolean persistentEmbeddedStorage() {
    return !embeddedStorage.equals(MEMORY_STORAGE);
  }

  private static String normalizeStorage(String storage) {
    String value = storage.strip();
    if (value.equals(MEMORY_STORAGE) || value.equals("memory")) {
      return MEMORY_STORAGE;
    }
    for (String scheme : PERSISTENT_SCHEMES) {
      if (value.startsWith(scheme)) {
        String path = value.substring(scheme.length());
        if (path.isBlank()) {
          break;
        }
        try {
          return scheme + Path.of(path).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
          throw new SurqlException(
              ErrorCode.INVALID_CONFIGURATION,
              "surql.embedded.storage="
                  + storage
                  + " names an invalid directory: "
                  + e.getMessage()
                  + ".");
        }
      }
    }
    throw new SurqlException(
        ErrorCode.INVALID_CONFIGURATION,
        "surql.embedded.storage="
            + storage
            + " is not a storage of the embedded engine; use mem:// (in memory, the default), surrealkv://<directory>"
            + " or rocksdb://<directory>.");
  }

  @Override
  public String toString() {
    return "EngineConfig[kind="
        + kind
        + ", url="
        + url.orElse("-")
        + ", user="
        + user
        + ", password=***, image="
        + image
        + ", binary="
        + binary.map(Path::toString).orElse("-")
        + ", node="
        + node.map(Path::toString).orElse("-")
        + ", cacheDir="
        + cacheDir
        + (persistentEmbeddedStorage() ? ", embeddedStorage=" + embeddedStorage : "")
        + ", version="
        + version.map(SurrealVersion::line).orElse("-")
        + (capabilities.isNone() ? "" : ", capabilities=" + capabilities)
        + "]";
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof EngineConfig that
        && kind.equals(that.kind)
        && url.equals(that.url)
        && user.equals(that.user)
        && password.equals(that.password)
        && image.equals(that.image)
        && binary.equals(that.binary)
        && node.equals(that.node)
        && cacheDir.equals(that.cacheDir)
        && startupTimeout.equals(that.startupTimeout)
        && embeddedStorage.equals(that.embeddedStorage)
        && version.equals(that.version)
        && capabilities.equals(that.capabilities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind,
        url,
        user,
        password,
        image,
        binary,
        node,
        cacheDir,
        startupTimeout,
        embeddedStorage,
        version,
        capabilities);
  }
}
