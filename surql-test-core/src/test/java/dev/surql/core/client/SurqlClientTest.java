package dev.surql.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SharedEngineLine;
import dev.surql.core.SurqlException;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SurqlClientTest {
  private SurrealEngine engine;
  private SurqlDatabase db;
  private SurqlClient client;

  @BeforeEach
  void createDatabase() {
    engine = SurqlEngines.shared();
    db = SurqlDatabase.create(engine, "client");
    client = db.client();
  }

  @AfterEach
  void removeDatabase() {
    db.close();
  }

  @Test
  void ddl_is_visible_in_info_for_db_and_table() {
    client.query(
        "DEFINE TABLE person SCHEMAFULL; DEFINE FIELD name ON person TYPE string;"
            + " DEFINE INDEX person_name ON person FIELDS name UNIQUE;");

    JsonNode info = JsonResults.tree(client.query("INFO FOR DB").last());
    JsonNode table = JsonResults.tree(client.query("INFO FOR TABLE person").last());

    assertThat(info.path("tables").path("person").asText())
        .startsWith("DEFINE TABLE person")
        .contains("SCHEMAFULL");
    assertThat(table.path("fields").path("name").asText())
        .startsWith("DEFINE FIELD name ON person TYPE string");
    assertThat(table.path("indexes").path("person_name").asText()).contains("UNIQUE");
  }

  @Test
  void every_statement_gets_its_own_result_with_status_time_and_error() {
    QueryResult result =
        client.queryAllowingErrors("RETURN 1; THROW 'boom'; CREATE item:1 SET v = 2;");

    assertThat(result.size()).isEqualTo(3);
    assertThat(result.allOk()).isFalse();
    StatementResult first = result.get(0);
    assertThat(first.index()).isZero();
    assertThat(first.ok()).isTrue();
    assertThat(first.time()).isNotBlank();
    assertThat(JsonResults.tree(first).asInt()).isEqualTo(1);
    assertThat(first.errorKind()).isEmpty();
    assertThat(first.errorMessage()).isEmpty();
    StatementResult thrown = result.get(1);
    assertThat(thrown.ok()).isFalse();
    assertThat(thrown.errorKind())
        .contains(SharedEngineLine.is2x() ? "Error" : "Thrown"); // 2.x names no kind
    assertThat(thrown.errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("boom"));
    assertThat(thrown.notExecuted()).isFalse();
    assertThat(result.get(2).ok()).isTrue();
    assertThat(JsonResults.rows(result))
        .singleElement()
        .satisfies(row -> assertThat(row.path("id").asText()).isEqualTo("item:1"))
        .satisfies(row -> assertThat(row.path("v").asInt()).isEqualTo(2));
  }

  @Test
  void a_failing_statement_names_its_position_text_and_the_server_message() {
    StatementFailedException e =
        catchThrowableOfType(
            StatementFailedException.class,
            () -> client.query("CREATE item:1;\nCREATE item:1;\nRETURN 2;"));

    assertThat(e.code()).isEqualTo(ErrorCode.STATEMENT_FAILED);
    assertThat(e.statementIndex()).isEqualTo(1);
    assertThat(e.statement()).isEqualTo("CREATE item:1");
    assertThat(e.serverMessage()).contains("item:1").contains("already exists");
    assertThat(e.errorKind()).contains(SharedEngineLine.is2x() ? "Error" : "AlreadyExists");
    assertThat(e.getMessage())
        .contains("Statement 2 failed")
        .contains(db.namespace() + "/" + db.database())
        .contains(engine.rootSettings().url().toString())
        .contains("already exists")
        .contains("Statement: CREATE item:1");
  }

  @Test
  void a_parse_error_is_reported_with_the_servers_line_and_column_and_nothing_runs() {
    client.query("DEFINE TABLE item");

    SurqlException select =
        catchThrowableOfType(
            SurqlException.class, () -> client.query("CREATE item:1; SELEC * FROM item"));
    SurqlException define =
        catchThrowableOfType(SurqlException.class, () -> client.query("DEFINE TABLE ;"));

    assertThat(select).isNotInstanceOf(StatementFailedException.class);
    assertThat(select.code()).isEqualTo(ErrorCode.PARSE_ERROR);
    assertThat(select.getMessage())
        .contains("could not parse the query, nothing was executed")
        .contains("Parse error")
        .contains("[1:")
        .contains("SELEC * FROM item");
    assertThat(define.code()).isEqualTo(ErrorCode.PARSE_ERROR);
    assertThat(define.getMessage()).contains("Parse error").contains("[1:14]");
    assertThat(client.query("SELECT * FROM item").rows(Object.class)).isEmpty();
  }

  @Test
  void wrong_credentials_name_the_url_and_user_but_never_the_password() {
    String password = "Wr0ng-P4ss;w0rd";
    ConnectionSettings wrong =
        ConnectionSettings.of(engine.rootSettings().url(), "root", password)
            .withNamespace(db.namespace())
            .withDatabase(db.database());

    SurqlException e =
        catchThrowableOfType(
            SurqlException.class, () -> SurqlClient.connect(wrong).query("RETURN 1"));

    assertThat(e.code()).isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
    assertThat(e.getMessage())
        .contains(engine.rootSettings().url().toString())
        .contains("'root'")
        .contains("HTTP 401")
        .doesNotContain(password);
    assertThat(e.toString()).doesNotContain(password);
    assertThat(wrong.toString()).doesNotContain(password).contains("password=***");
    assertThat(SurqlClient.connect(wrong).toString()).doesNotContain(password);
  }

  @Test
  void a_closed_port_is_a_connection_refused_error_naming_the_url() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI url = URI.create("http://127.0.0.1:" + port);
    SurqlClient closed = SurqlClient.connect(ConnectionSettings.of(url, "root", "root"));

    SurqlException e = catchThrowableOfType(SurqlException.class, () -> closed.query("RETURN 1"));

    assertThat(e.code()).isEqualTo(ErrorCode.CONNECTION_REFUSED);
    assertThat(e.getMessage())
        .contains("Cannot connect to SurrealDB at " + url)
        .contains("Is the server running?");
    assertThat(closed.isHealthy()).isFalse();
  }

  @Test
  void bound_parameters_are_stored_verbatim_and_never_executed() {
    client.query("DEFINE TABLE keep; DEFINE TABLE note;");
    String hostile = "x'; REMOVE TABLE keep; --\" `; RETURN \"pwned\"; \\ ⟨⟩ 😀";

    client.query("CREATE note:1 SET text = $text, n = <int>$n", Map.of("text", hostile, "n", 42));

    JsonNode row = JsonResults.tree(client.query("SELECT * FROM ONLY note:1").last());
    assertThat(row.path("text").asText()).isEqualTo(hostile);
    assertThat(row.path("n").asInt()).isEqualTo(42);
    assertThat(JsonResults.tree(client.query("INFO FOR DB").last()).path("tables").has("keep"))
        .isTrue();
  }

  @Test
  void escaped_identifiers_are_names_not_code() {
    String name = "we`ird; REMOVE TABLE keep; --";
    String table = SurqlIdentifiers.escape(name);

    client.query(
        "DEFINE TABLE keep; DEFINE TABLE " + table + "; CREATE " + table + ":1 SET v = 1;");

    JsonNode tables = JsonResults.tree(client.query("INFO FOR DB").last()).path("tables");
    List<String> names = new ArrayList<>();
    tables.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrder("keep", name);
    assertThat(client.query("SELECT VALUE v FROM " + table).rows(Integer.class)).containsExactly(1);
  }

  @Test
  void a_failing_transaction_leaves_nothing_behind_and_names_the_failing_statement() {
    TransactionFailedException e =
        catchThrowableOfType(
            TransactionFailedException.class,
            () ->
                client.transaction(
                    List.of(
                        "DEFINE TABLE made_in_tx", "THROW 'stop here'", "DEFINE TABLE after_tx;")));

    assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_FAILED);
    assertThat(e.statementIndex()).isEqualTo(1);
    assertThat(e.statement()).isEqualTo("THROW 'stop here'");
    assertThat(e.serverMessage()).contains("stop here");
    assertThat(e.getMessage())
        .contains("Statement 2 failed and the transaction was cancelled (nothing was applied)")
        .contains("stop here");
    JsonNode tables = JsonResults.tree(client.query("INFO FOR DB").last()).path("tables");
    assertThat(tables.has("made_in_tx")).isFalse();
    assertThat(tables.has("after_tx")).isFalse();
  }

  @Test
  void a_transaction_fails_on_a_data_error_in_a_later_statement_too() {
    client.query("CREATE item:1");

    TransactionFailedException e =
        catchThrowableOfType(
            TransactionFailedException.class,
            () ->
                client.transaction(
                    List.of("DEFINE TABLE made_in_tx", "CREATE item:1", "CREATE item:2")));

    assertThat(e.statementIndex()).isEqualTo(1);
    assertThat(e.statement()).isEqualTo("CREATE item:1");
    assertThat(e.serverMessage()).contains("already exists");
    assertThat(
            JsonResults.tree(client.query("INFO FOR DB").last()).path("tables").has("made_in_tx"))
        .isFalse();
    assertThat(client.query("SELECT VALUE id FROM item").rows(Object.class)).hasSize(1);
  }

  @Test
  void a_successful_transaction_returns_the_results_of_its_own_statements() {
    List<StatementResult> results =
        client.transaction(
            List.of(
                "DEFINE TABLE tx_ok",
                "CREATE tx_ok:1 SET v = <int>$v;",
                "SELECT VALUE v FROM tx_ok"),
            Map.of("v", 7));

    assertThat(results).hasSize(3).allMatch(StatementResult::ok);
    assertThat(JsonResults.tree(results.get(2)))
        .singleElement()
        .satisfies(v -> assertThat(v.asInt()).isEqualTo(7));
  }

  @Test
  void reads_after_a_transaction_see_its_outcome_in_the_same_request() {
    List<StatementResult> reads =
        client.transactionThenRead(
            List.of("DEFINE TABLE read_after SCHEMAFULL", "DEFINE FIELD v ON read_after TYPE int"),
            Map.of(),
            List.of("INFO FOR TABLE read_after", "INFO FOR DB;"));

    assertThat(reads).hasSize(2).allMatch(StatementResult::ok);
    assertThat(JsonResults.tree(reads.get(0)).path("fields").path("v").asText())
        .startsWith("DEFINE FIELD v ON read_after TYPE int");
    assertThat(JsonResults.tree(reads.get(1)).path("tables").has("read_after")).isTrue();
  }

  @Test
  void a_failing_read_after_a_transaction_neither_undoes_it_nor_hides_the_other_reads() {
    List<StatementResult> reads =
        client.transactionThenRead(
            List.of("CREATE kept:1 SET v = <int>$v"),
            Map.of("v", 3),
            List.of("THROW 'read failed'", "SELECT VALUE v FROM kept"));

    assertThat(reads).hasSize(2);
    assertThat(reads.get(0).ok()).isFalse();
    assertThat(reads.get(0).errorMessage())
        .hasValueSatisfying(m -> assertThat(m).contains("read failed"));
    assertThat(reads.get(1).asList(Integer.class)).containsExactly(3);
    assertThat(client.query("SELECT VALUE v FROM kept").rows(Integer.class)).containsExactly(3);
  }

  @Test
  void a_failing_transaction_with_reads_after_it_throws_and_leaves_nothing_behind() {
    TransactionFailedException e =
        catchThrowableOfType(
            TransactionFailedException.class,
            () ->
                client.transactionThenRead(
                    List.of("DEFINE TABLE not_kept", "THROW 'stop here'"),
                    Map.of(),
                    List.of("INFO FOR DB")));

    assertThat(e.statementIndex()).isEqualTo(1);
    assertThat(e.statement()).isEqualTo("THROW 'stop here'");
    assertThat(JsonResults.tree(client.query("INFO FOR DB").last()).path("tables").has("not_kept"))
        .isFalse();
  }

  @Test
  void parallel_clients_on_different_databases_never_see_each_others_records() throws Exception {
    int threads = 8;
    int queries = 50;
    List<SurqlDatabase> databases = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int t = 0; t < threads; t++) {
        databases.add(SurqlDatabase.create(engine, "par" + t));
      }
      List<Future<List<Integer>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        SurqlClient own = databases.get(t).client();
        String owner = "thread-" + t;
        Callable<List<Integer>> work =
            () -> {
              List<Integer> counts = new ArrayList<>();
              for (int q = 0; q < queries; q++) {
                QueryResult r =
                    own.query(
                        "CREATE marker SET owner = $owner, n = <int>$n;"
                            + " RETURN count(SELECT * FROM marker WHERE owner = $owner);",
                        Map.of("owner", owner, "n", q));
                counts.add(JsonResults.tree(r.last()).asInt());
              }
              return counts;
            };
        futures.add(pool.submit(work));
      }
      List<Integer> expected = new ArrayList<>();
      for (int q = 1; q <= queries; q++) {
        expected.add(q);
      }
      for (int t = 0; t < threads; t++) {
        assertThat(futures.get(t).get()).as("counts seen by thread %d", t).isEqualTo(expected);
        List<JsonNode> owners =
            JsonResults.rows(databases.get(t).client().query("SELECT VALUE owner FROM marker"));
        assertThat(owners)
            .as("markers in database %d", t)
            .hasSize(queries)
            .extracting(JsonNode::asText)
            .containsOnly("thread-" + t);
      }
    } finally {
      pool.shutdownNow();
      databases.forEach(SurqlDatabase::close);
    }
  }
}
