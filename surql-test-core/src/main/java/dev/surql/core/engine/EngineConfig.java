package dev.surql.core.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import java.nio.file.Path;
import java.time.Duration;
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
 *   <tr><td>surql.image</td><td>SURQL_IMAGE</td><td>Docker image for CONTAINER</td><td>surrealdb/surrealdb:v3.0.2</td></tr>
 *   <tr><td>surql.binary</td><td>SURQL_BINARY</td><td>surreal executable for BINARY</td><td>surreal on PATH</td></tr>
 *   <tr><td>surql.node</td><td>SURQL_NODE</td><td>node executable for EMBEDDED</td><td>node on PATH</td></tr>
 *   <tr><td>surql.cache.dir</td><td>SURQL_CACHE_DIR</td><td>where EMBEDDED installs its npm packages</td><td>~/.cache/surql-test</td></tr>
 * </table>
 */
public record EngineConfig(
    EngineKind kind,
    Optional<String> url,
    String user,
    String password,
    String image,
    Optional<Path> binary,
    Optional<Path> node,
    Path cacheDir,
    Duration startupTimeout) {

  public static final String DEFAULT_IMAGE = SurrealDbContainer.IMAGE + ":" + SurrealDbContainer.DEFAULT_TAG;

  public EngineConfig {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(binary, "binary");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(cacheDir, "cacheDir");
    Objects.requireNonNull(startupTimeout, "startupTimeout");
  }

  /** AUTO, root/root, the default image, ~/.cache/surql-test, 120 s startup timeout. */
  public static EngineConfig defaults() {
    return new EngineConfig(EngineKind.AUTO, Optional.empty(), "root", "root", DEFAULT_IMAGE,
        Optional.empty(), Optional.empty(), defaultCacheDir(), Duration.ofSeconds(120));
  }

  /** The defaults overridden by system properties, then by environment variables where no property is set. */
  public static EngineConfig fromEnvironment() {
    return from(System.getProperties()::getProperty, System.getenv());
  }

  static EngineConfig from(Function<String, String> properties, Map<String, String> environment) {
    Function<String, Optional<String>> setting = name -> {
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
    config = setting.apply("surql.cache.dir").map(Path::of).map(config::withCacheDir).orElse(config);
    return config;
  }

  static EngineKind parseKind(String value, String source) {
    try {
      return EngineKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SurqlException(ErrorCode.INVALID_CONFIGURATION, source + "=" + value
          + " is not an engine kind; use one of AUTO, EMBEDDED, CONTAINER, BINARY, EXTERNAL.");
    }
  }

  private static Path defaultCacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("surql-test");
  }

  public EngineConfig withKind(EngineKind kind) {
    return new EngineConfig(kind, url, user, password, image, binary, node, cacheDir, startupTimeout);
  }

  public EngineConfig withUrl(String url) {
    return withUrlOptional(Optional.of(url));
  }

  private EngineConfig withUrlOptional(Optional<String> url) {
    return new EngineConfig(kind, url, user, password, image, binary, node, cacheDir, startupTimeout);
  }

  public EngineConfig withUser(String user) {
    return new EngineConfig(kind, url, user, password, image, binary, node, cacheDir, startupTimeout);
  }

  public EngineConfig withPassword(String password) {
    return new EngineConfig(kind, url, user, password, image, binary, node, cacheDir, startupTimeout);
  }

  public EngineConfig withImage(String image) {
    return new EngineConfig(kind, url, user, password, image, binary, node, cacheDir, startupTimeout);
  }

  public EngineConfig withBinary(Path binary) {
    return new EngineConfig(kind, url, user, password, image, Optional.of(binary), node, cacheDir, startupTimeout);
  }

  public EngineConfig withNode(Path node) {
    return new EngineConfig(kind, url, user, password, image, binary, Optional.of(node), cacheDir, startupTimeout);
  }

  public EngineConfig withCacheDir(Path cacheDir) {
    return new EngineConfig(kind, url, user, password, image, binary, node, cacheDir, startupTimeout);
  }

  public EngineConfig withStartupTimeout(Duration startupTimeout) {
    return new EngineConfig(kind, url, user, password, image, binary, node, cacheDir, startupTimeout);
  }

  @Override
  public String toString() {
    return "EngineConfig[kind=" + kind + ", url=" + url.orElse("-") + ", user=" + user + ", password=***, image="
        + image + ", binary=" + binary.map(Path::toString).orElse("-") + ", node="
        + node.map(Path::toString).orElse("-") + ", cacheDir=" + cacheDir + "]";
  }
}
