package dev.surql.core.internal.engine;

import dev.surql.core.engine.EngineCapabilities;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurrealVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What makes two shared engines different: the resolved kind and only the settings that engine kind
 * uses, with executables resolved to real paths. Settings a kind ignores (the image for EMBEDDED,
 * the cache directory for CONTAINER, the startup timeout for all) do not start a second engine, nor
 * does naming explicitly the {@code node} or {@code surreal} that PATH gives anyway.
 *
 * @param target what the engine runs: the node executable and storage (EMBEDDED), the image
 *     (CONTAINER), the binary (BINARY) or the URL (EXTERNAL)
 */
public record SharedEngineKey(
    EngineKind kind,
    String user,
    String password,
    Optional<SurrealVersion> version,
    EngineCapabilities capabilities,
    String target) {

  public SharedEngineKey {
    Objects.requireNonNull(kind, "kind");
    if (kind == EngineKind.AUTO) {
      throw new IllegalArgumentException("a shared engine key holds a resolved kind, not AUTO");
    }
  }

  /** The key of a resolved configuration (its kind is not AUTO). */
  public static SharedEngineKey of(EngineConfig resolved) {
    String target =
        switch (resolved.kind()) {
          case EMBEDDED -> executable(resolved.node(), "node") + " " + resolved.embeddedStorage();
          case CONTAINER -> resolved.containerImage();
          case BINARY -> executable(resolved.binary(), "surreal");
          case EXTERNAL -> resolved.url().orElse("");
          case AUTO ->
              throw new IllegalArgumentException("resolve AUTO before keying a shared engine");
        };
    EngineCapabilities capabilities =
        resolved.kind() == EngineKind.EXTERNAL
            ? EngineCapabilities.none()
            : resolved.capabilities();
    return new SharedEngineKey(
        resolved.kind(),
        resolved.user(),
        resolved.password(),
        resolved.version(),
        capabilities,
        target);
  }

  private static String executable(Optional<Path> configured, String name) {
    Optional<Path> path = configured.or(() -> Executables.findOnPath(name));
    if (path.isEmpty()) {
      return name;
    }
    try {
      return path.get().toRealPath().toString();
    } catch (IOException | RuntimeException e) {
      return path.get().toAbsolutePath().normalize().toString();
    }
  }

  @Override
  public String toString() {
    return "SharedEngineKey["
        + kind
        + ", "
        + user
        + ", "
        + version.map(SurrealVersion::line).orElse("-")
        + ", "
        + target
        + (capabilities.isNone() ? "" : ", " + capabilities)
        + "]";
  }
}
