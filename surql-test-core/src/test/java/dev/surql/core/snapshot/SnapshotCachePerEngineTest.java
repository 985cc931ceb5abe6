package dev.surql.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.internal.snapshot.SnapshotCache;
import org.junit.jupiter.api.Test;

/**
 * The snapshot caches (server version, parsed tables) belong to an engine's clients, not to the
 * JVM: clients of one engine share them, another engine (or a client connected on its own) starts
 * with none, and what a snapshot reports comes from its own server.
 */
class SnapshotCachePerEngineTest {
  private static final String SCHEMA =
      "DEFINE TABLE item SCHEMAFULL; DEFINE FIELD name ON item TYPE string;";

  @Test
  void clients_of_one_engine_share_its_cache_and_another_engine_has_its_own() {
    SurrealEngine shared = SurqlEngines.shared();
    try (SurrealEngine own = SurqlEngines.start(EngineConfig.fromEnvironment());
        SurqlDatabase onShared = SurqlDatabase.create(shared, "snap_cache");
        SurqlDatabase onOwn = SurqlDatabase.create(own, "snap_cache")) {
      onShared.client().query(SCHEMA);
      onOwn.client().query(SCHEMA);

      SchemaSnapshot fromShared = Snapshots.createSnapshot(onShared.client(), "1", 1);
      SnapshotCache sharedCache = SnapshotCache.of(shared.client("", ""));
      SnapshotCache ownCache = SnapshotCache.of(own.client("", ""));
      int ownTablesBefore = ownCache.parsedTables();
      SchemaSnapshot fromOwn = Snapshots.createSnapshot(onOwn.client(), "1", 1);

      assertThat(SnapshotCache.of(onShared.client())).isSameAs(sharedCache);
      assertThat(SnapshotCache.of(onShared.client().withDatabase("x", "y"))).isSameAs(sharedCache);
      assertThat(ownCache).isNotSameAs(sharedCache);
      assertThat(ownTablesBefore).isZero();
      assertThat(ownCache.parsedTables()).isEqualTo(1);
      assertThat(fromShared.serverVersion()).isEqualTo(shared.serverVersion());
      assertThat(fromOwn.serverVersion()).isEqualTo(own.serverVersion());
      assertThat(fromOwn.schema()).isEqualTo(fromShared.schema());
      assertThat(fromOwn.schema().tables().get("item"))
          .as("parsed by its own engine's cache, not taken from the other engine's")
          .isNotSameAs(fromShared.schema().tables().get("item"));
    }
  }

  @Test
  void a_client_connected_on_its_own_starts_with_an_empty_cache() {
    SurrealEngine shared = SurqlEngines.shared();
    try (SurqlDatabase db = SurqlDatabase.create(shared, "snap_cache_alone")) {
      db.client().query(SCHEMA);
      Snapshots.createSnapshot(db.client(), "1", 1);
      SurqlClient alone = SurqlClient.connect(db.client().settings());

      assertThat(SnapshotCache.of(alone)).isNotSameAs(SnapshotCache.of(db.client()));
      assertThat(SnapshotCache.of(alone).parsedTables()).isZero();
      assertThat(Snapshots.createSnapshot(alone, "1", 1).schema())
          .isEqualTo(Snapshots.captureSchema(db.client()));
      assertThat(SnapshotCache.of(alone).parsedTables()).isEqualTo(1);
    }
  }
}
