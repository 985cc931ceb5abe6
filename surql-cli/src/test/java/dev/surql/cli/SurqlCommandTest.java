package dev.surql.cli;

import static dev.surql.cli.Cli.MIGRATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.ErrorCode;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import org.junit.jupiter.api.Test;

class SurqlCommandTest {

  @Test
  void help_lists_the_commands_and_documents_the_exit_codes() {
    Cli.Result help = Cli.run("--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains(
            "Usage: surql",
            "migrate",
            "Exit codes:",
            "0  success",
            "1  failure",
            "2  usage error",
            "3  approval needed",
            "4  connection or engine problem");

    Cli.Result migrateHelp = Cli.run("migrate", "--help");
    assertThat(migrateHelp.out())
        .contains(
            "up",
            "status",
            "snapshot",
            "list-snapshots",
            "plan-rollback",
            "rollback",
            "compare",
            "verify",
            "--url=URL",
            "--ns=NAMESPACE",
            "--pass=PASSWORD",
            "--embedded",
            "--migrations=DIR");
  }

  @Test
  void version_names_the_build_version() {
    Cli.Result version = Cli.run("--version");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out())
        .startsWith("surql ")
        .doesNotContain("${project.version}")
        .contains("(surql-test)");
  }

  @Test
  void an_unknown_option_is_a_usage_error_with_one_line_and_a_hint() {
    Cli.Result result = Cli.run("migrate", "up", "--bogus");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith("surql: Unknown option: '--bogus'\n")
        .contains("Try 'surql migrate up --help' for usage.");
  }

  @Test
  void an_unknown_command_and_a_missing_command_are_usage_errors() {
    Cli.Result unknown = Cli.run("migrate", "upp");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err())
        .contains("surql: Unmatched argument at index 1: 'upp'", "Did you mean: migrate up");
    assertThat(unknown.err()).contains("migrate upgrade-check");

    Cli.Result underMigrate = Cli.run("snapshot", "--ns", "shop");
    assertThat(underMigrate.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(underMigrate.err())
        .contains(
            "surql: Unmatched arguments from index 0: 'snapshot'",
            "'snapshot' is under migrate: run 'surql migrate snapshot'.");
    assertThat(Cli.run("nonsense").err()).doesNotContain("is under migrate");

    Cli.Result missing = Cli.run("migrate");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err())
        .contains("surql: Missing subcommand: one of up, status, repair, snapshot");

    Cli.Result badFormat = Cli.run("migrate", "status", "--format", "xml");
    assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badFormat.err()).contains("--format", "xml", "TABLE, JSON");
  }

  @Test
  void without_a_server_the_command_says_how_to_give_one() {
    Cli.Result result =
        Cli.run(
            "migrate", "status", "--migrations", MIGRATIONS.toString(), "--ns", "a", "--db", "b");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .contains(
            "surql: No server: pass --url URL (or set SURQL_URL) to use a running "
                + "SurrealDB, or --embedded to start an in-memory one for this run.");
  }

  @Test
  void without_a_namespace_the_command_names_the_option_and_variable() {
    Cli.Result result =
        Cli.run(
            "migrate",
            "--url",
            "http://127.0.0.1:1",
            "status",
            "--migrations",
            MIGRATIONS.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("surql: No namespace: pass --ns (or set SURQL_NS).");
  }

  @Test
  void a_url_that_is_not_http_is_a_usage_error() {
    Cli.Result result =
        Cli.run(
            "migrate",
            "status",
            "--url",
            "ws://127.0.0.1:8000",
            "--ns",
            "a",
            "--db",
            "b",
            "--migrations",
            MIGRATIONS.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .contains("--url ws://127.0.0.1:8000 is not an http:// or https:// URL");
  }

  @Test
  void embedded_and_url_together_are_a_usage_error() {
    Cli.Result result =
        Cli.run(
            "migrate",
            "status",
            "--embedded",
            "--url",
            "http://127.0.0.1:8000",
            "--migrations",
            MIGRATIONS.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("surql: --embedded and --url exclude each other");
  }

  @Test
  void a_missing_migration_directory_is_a_failure_naming_it() {
    Cli.Result result = Cli.run("migrate", "status", "--migrations", "no/such/dir");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(result.err()).contains("surql: Migration directory ", "no/such/dir does not exist");
  }

  @Test
  void an_unreachable_server_exits_4_with_one_line() {
    Cli.Result result =
        Cli.run(
            "migrate",
            "status",
            "--url",
            "http://127.0.0.1:1",
            "--ns",
            "a",
            "--db",
            "b",
            "--pass",
            "hunter2-secret",
            "--migrations",
            MIGRATIONS.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(result.err())
        .startsWith("surql: SurrealDB at http://127.0.0.1:1 does not answer")
        .doesNotContain("\tat ")
        .doesNotContain("hunter2-secret");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void a_wrong_password_exits_4_and_never_appears_in_the_output_even_with_verbose() {
    ConnectionSettings root = SurqlEngines.shared().rootSettings();
    String password = "Wr0ng-P4ssw0rd-" + System.nanoTime();
    try (SurqlDatabase db = SurqlDatabase.create(SurqlEngines.shared(), "cli_auth")) {
      Cli.Result result =
          Cli.run(
              "--verbose",
              "migrate",
              "status",
              "--url",
              root.url().toString(),
              "--ns",
              db.namespace(),
              "--db",
              db.database(),
              "--user",
              root.user(),
              "--pass",
              password,
              "--migrations",
              MIGRATIONS.toString());

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CONNECTION);
      assertThat(result.err())
          .contains(
              "surql: SurrealDB at "
                  + root.url()
                  + " rejected the credentials of user '"
                  + root.user()
                  + "'")
          .contains("\tat ")
          .contains("SurqlException");
      assertThat(result.all()).doesNotContain(password);
    }
  }

  @Test
  void the_safety_net_masks_a_password_that_a_message_would_reveal() {
    Secrets secrets =
        Secrets.of(
            Secrets.fromArguments(new String[] {"--url", "x", "--pass", "s3cr3t", "--pass=0th3r"}));

    assertThat(secrets.scrub("failed for http://root:s3cr3t@host and 0th3r"))
        .isEqualTo("failed for http://root:***@host and ***");
  }

  @Test
  void connection_settings_never_print_the_password() {
    ConnectionSettings settings =
        ConnectionSettings.of(java.net.URI.create("http://127.0.0.1:8000"), "root", "t0p-s3cret");

    assertThat(settings.toString()).doesNotContain("t0p-s3cret").contains("password=***");
  }

  @Test
  void core_error_codes_map_to_documented_exit_codes() {
    assertThat(ExitCodes.of(ErrorCode.CONNECTION_REFUSED)).isEqualTo(4);
    assertThat(ExitCodes.of(ErrorCode.AUTHENTICATION_FAILED)).isEqualTo(4);
    assertThat(ExitCodes.of(ErrorCode.ENGINE_UNAVAILABLE)).isEqualTo(4);
    assertThat(ExitCodes.of(ErrorCode.ENGINE_START_FAILED)).isEqualTo(4);
    assertThat(ExitCodes.of(ErrorCode.MIGRATION_FAILED)).isEqualTo(1);
    assertThat(ExitCodes.of(ErrorCode.ROLLBACK_FAILED)).isEqualTo(1);
    assertThat(ExitCodes.of(ErrorCode.SNAPSHOT_INVALID)).isEqualTo(1);
  }
}
