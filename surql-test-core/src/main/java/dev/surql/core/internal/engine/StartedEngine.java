package dev.surql.core.internal.engine;

import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurrealEngine;
import java.util.Objects;

/**
 * What every engine knows once it answers: its kind, root connection settings and server version,
 * and the root client its other clients derive from.
 */
public abstract class StartedEngine implements SurrealEngine {
  private final EngineKind kind;
  private final ConnectionSettings settings;
  private final String version;
  private final SurqlClient root;

  public StartedEngine(EngineKind kind, ConnectionSettings settings, String version) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.version = Objects.requireNonNull(version, "version");
    this.root = SurqlClient.connect(settings);
  }

  /**
   * A client derived from this engine's root client, so that all clients of the engine share its
   * {@linkplain SurqlClient#attachment attachments} (the per-server caches): they live as long as
   * the engine's clients do, and a new engine starts with none.
   */
  @Override
  public SurqlClient client(String namespace, String database) {
    return root.withDatabase(namespace, database);
  }

  @Override
  public final EngineKind kind() {
    return kind;
  }

  @Override
  public final ConnectionSettings rootSettings() {
    return settings;
  }

  @Override
  public final String serverVersion() {
    return version;
  }

  /** Extra detail for {@link #toString()}, e.g. {@code ", pid 1234"}; empty by default. */
  String describe() {
    return "";
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + settings.url() + ", " + version + describe() + "]";
  }
}
