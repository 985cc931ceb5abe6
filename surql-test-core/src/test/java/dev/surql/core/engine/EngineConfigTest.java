package dev.surql.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineConfigTest {

  @Test
  void defaults_are_auto_root_root_the_pinned_image_and_no_url() {
    EngineConfig config = EngineConfig.defaults();

    assertThat(config.kind()).isEqualTo(EngineKind.AUTO);
    assertThat(config.url()).isEmpty();
    assertThat(config.user()).isEqualTo("root");
    assertThat(config.password()).isEqualTo("root");
    assertThat(config.image()).isEqualTo("surrealdb/surrealdb:v3.0.2");
    assertThat(config.binary()).isEmpty();
    assertThat(config.node()).isEmpty();
    assertThat(config.cacheDir()).endsWith(Path.of("surql-test"));
    assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void nothing_set_gives_the_defaults() {
    assertThat(EngineConfig.from(name -> null, Map.of())).isEqualTo(EngineConfig.defaults());
  }

  @Test
  void system_properties_are_read_and_win_over_environment_variables() {
    Map<String, String> properties =
        Map.of(
            "surql.engine", " embedded ",
            "surql.url", "http://db:8000",
            "surql.user", "admin",
            "surql.image", "surrealdb/surrealdb:v3.0.1",
            "surql.binary", "/opt/surreal",
            "surql.node", "/opt/node/bin/node",
            "surql.cache.dir", "/tmp/surql-cache");
    Map<String, String> environment =
        Map.of("SURQL_ENGINE", "BINARY", "SURQL_USER", "ignored", "SURQL_PASS", "s3cret");

    EngineConfig config = EngineConfig.from(properties::get, environment);

    assertThat(config.kind()).isEqualTo(EngineKind.EMBEDDED);
    assertThat(config.url()).contains("http://db:8000");
    assertThat(config.user()).isEqualTo("admin");
    assertThat(config.password()).isEqualTo("s3cret");
    assertThat(config.image()).isEqualTo("surrealdb/surrealdb:v3.0.1");
    assertThat(config.binary()).contains(Path.of("/opt/surreal"));
    assertThat(config.node()).contains(Path.of("/opt/node/bin/node"));
    assertThat(config.cacheDir()).isEqualTo(Path.of("/tmp/surql-cache"));
  }

  @Test
  void blank_properties_fall_back_to_environment_variables() {
    Map<String, String> properties = Map.of("surql.engine", "  ", "surql.url", "");
    Map<String, String> environment =
        Map.of(
            "SURQL_ENGINE",
            "external",
            "SURQL_URL",
            "https://surreal.example:443/",
            "SURQL_CACHE_DIR",
            "/var/cache/surql");

    EngineConfig config = EngineConfig.from(properties::get, environment);

    assertThat(config.kind()).isEqualTo(EngineKind.EXTERNAL);
    assertThat(config.url()).contains("https://surreal.example:443/");
    assertThat(config.cacheDir()).isEqualTo(Path.of("/var/cache/surql"));
  }

  @Test
  void an_unknown_engine_kind_names_the_setting_and_the_valid_kinds() {
    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () -> EngineConfig.from(Map.of("surql.engine", "docker")::get, Map.of()));
    SurqlException fromEnvironment =
        catchThrowableOfType(
            SurqlException.class,
            () -> EngineConfig.from(name -> null, Map.of("SURQL_ENGINE", "podman")));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(e.getMessage())
        .contains("surql.engine=docker is not an engine kind")
        .contains("AUTO, EMBEDDED, CONTAINER, BINARY, EXTERNAL");
    assertThat(fromEnvironment.getMessage()).contains("=podman is not an engine kind");
  }

  @Test
  void to_string_never_shows_the_password() {
    EngineConfig config =
        EngineConfig.defaults().withPassword("T0p-S3cret").withUrl("http://db:8000");

    assertThat(config.toString())
        .doesNotContain("T0p-S3cret")
        .contains("password=***")
        .contains("http://db:8000");
  }

  @Test
  void withers_change_one_setting_and_are_value_equal() {
    EngineConfig base = EngineConfig.defaults();
    EngineConfig changed =
        base.withKind(EngineKind.BINARY).withStartupTimeout(Duration.ofSeconds(5));

    assertThat(changed.kind()).isEqualTo(EngineKind.BINARY);
    assertThat(changed.startupTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(changed.withKind(EngineKind.AUTO).withStartupTimeout(Duration.ofSeconds(120)))
        .isEqualTo(base);
    assertThat(base.kind()).isEqualTo(EngineKind.AUTO);
  }

  @Test
  void
      the_embedded_storage_defaults_to_memory_and_is_read_from_the_environment_as_an_absolute_directory() {
    assertThat(EngineConfig.defaults().embeddedStorage()).isEqualTo(EngineConfig.MEMORY_STORAGE);
    assertThat(EngineConfig.defaults().persistentEmbeddedStorage()).isFalse();

    EngineConfig config =
        EngineConfig.from(name -> null, Map.of("SURQL_EMBEDDED_STORAGE", "surrealkv://data/db"));

    assertThat(config.embeddedStorage())
        .isEqualTo("surrealkv://" + Path.of("data/db").toAbsolutePath());
    assertThat(config.persistentEmbeddedStorage()).isTrue();
    assertThat(config.toString()).contains("embeddedStorage=surrealkv://");
    assertThat(EngineConfig.defaults().withEmbeddedStorage(Path.of("/tmp/x")).embeddedStorage())
        .isEqualTo("surrealkv:///tmp/x");
    assertThat(EngineConfig.defaults().withEmbeddedStorage("rocksdb:///var/db").embeddedStorage())
        .isEqualTo("rocksdb:///var/db");
  }

  @Test
  void an_unknown_embedded_storage_is_refused_naming_the_accepted_ones() {
    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () ->
                EngineConfig.from(
                    name -> name.equals("surql.embedded.storage") ? "tikv://db:2379" : null,
                    Map.of()));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(e.getMessage())
        .contains(
            "surql.embedded.storage=tikv://db:2379",
            "use mem:// (in memory, the default), surrealkv://<directory> or rocksdb://<directory>");
  }

  @Test
  void the_release_line_and_capabilities_are_read_from_properties_or_the_environment() {
    EngineConfig fromProperty =
        EngineConfig.from(
            Map.of("surql.version", "2.6", "surql.capabilities", "experimental:record_references")
                ::get,
            Map.of("SURQL_VERSION", "2.4"));
    EngineConfig fromEnvironment =
        EngineConfig.from(
            name -> null, Map.of("SURQL_VERSION", "v2.3", "SURQL_CAPABILITIES", "scripting"));

    assertThat(fromProperty.version()).contains(SurrealVersion.V2_6);
    assertThat(fromProperty.capabilities().experimental()).containsExactly("record_references");
    assertThat(fromEnvironment.version()).contains(SurrealVersion.V2_3);
    assertThat(fromEnvironment.capabilities().scripting()).isTrue();
    assertThat(EngineConfig.defaults().version()).isEmpty();
    assertThat(EngineConfig.defaults().effectiveVersion()).isEqualTo(SurrealVersion.V3_0);
    assertThat(fromProperty.toString())
        .contains("version=2.6")
        .contains("capabilities=experimental:record_references");
  }

  @Test
  void a_bad_release_line_names_the_setting_and_the_supported_lines() {
    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () -> EngineConfig.from(name -> null, Map.of("SURQL_VERSION", "2.5")));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(e.getMessage())
        .isEqualTo(
            "surql.version=2.5 is not a SurrealDB release line surql-test supports; "
                + "use one of 3.0 (default), 2.6, 2.4, 2.3.");
  }

  @Test
  void the_container_image_follows_the_release_line_unless_an_image_is_set() {
    assertThat(EngineConfig.defaults().containerImage()).isEqualTo("surrealdb/surrealdb:v3.0.2");
    assertThat(EngineConfig.defaults().withVersion(SurrealVersion.V2_6).containerImage())
        .isEqualTo("surrealdb/surrealdb:v2.6.0");
    assertThat(EngineConfig.defaults().withVersion("2.3", "test").containerImage())
        .isEqualTo("surrealdb/surrealdb:v2.3.10");
    assertThat(
            EngineConfig.defaults()
                .withVersion(SurrealVersion.V2_6)
                .withImage("mirror/surrealdb:v2.6.5")
                .containerImage())
        .isEqualTo("mirror/surrealdb:v2.6.5");
  }
}
