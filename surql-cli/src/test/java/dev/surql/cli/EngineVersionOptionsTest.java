package dev.surql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import org.junit.jupiter.api.Test;

/**
 * {@code --surrealdb} picks the release line of {@code --embedded} and checks the one of a {@code
 * --url} server.
 */
class EngineVersionOptionsTest {

  @Test
  void verify_embedded_runs_on_the_release_line_given_with_surrealdb() {
    Cli.Result verify =
        Cli.run(
            "migrate",
            "verify",
            "--embedded",
            "--surrealdb",
            "2.6",
            "--migrations",
            Cli.MIGRATIONS.toString());

    assertThat(verify.exitCode()).as(verify.toString()).isZero();
    assertThat(verify.out()).contains("surrealdb-2.6.0").contains("Verification passed");
  }

  @Test
  void an_unsupported_release_line_is_a_usage_error_naming_the_supported_ones() {
    Cli.Result result =
        Cli.run(
            "migrate",
            "verify",
            "--embedded",
            "--surrealdb",
            "2.5",
            "--migrations",
            Cli.MIGRATIONS.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .contains(
            "--surrealdb=2.5 is not a SurrealDB release line surql-test supports; use one of"
                + " 3.0 (default), 2.6, 2.4, 2.3.");
  }

  @Test
  void a_url_server_of_another_release_line_is_refused_naming_both() {
    SurrealEngine twoSix =
        SurqlEngines.shared(
            EngineConfig.defaults().withKind(EngineKind.EMBEDDED).withVersion(SurrealVersion.V2_6));

    Cli.Result result =
        Cli.run(
            "migrate",
            "status",
            "--url",
            twoSix.rootSettings().url().toString(),
            "--ns",
            "cli_version",
            "--db",
            "cli_version",
            "--surrealdb",
            "3.0",
            "--migrations",
            Cli.MIGRATIONS.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(result.err())
        .contains(
            "SurrealDB 3.0 was asked for (surql.version, --surrealdb), but the server at "
                + twoSix.rootSettings().url()
                + " reports surrealdb-2.6.0");
  }

  @Test
  void an_unknown_capability_is_a_usage_error() {
    Cli.Result result =
        Cli.run(
            "migrate",
            "verify",
            "--embedded",
            "--capabilities",
            "everything",
            "--migrations",
            Cli.MIGRATIONS.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--capabilities: 'everything' is not an engine capability");
  }
}
