package dev.surql.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The typed accessors of {@link StatementResult} and {@link QueryResult}, on answers of a real
 * engine.
 */
class StatementResultTest {

  /** A row of {@code person}, as a user would map it. */
  record Person(String id, String name, int age) {}

  private SurqlDatabase db;
  private SurqlClient client;

  @BeforeEach
  void createDatabase() {
    db = SurqlDatabase.create(SurqlEngines.shared(), "results");
    client = db.client();
    client.query(
        "DEFINE TABLE person SCHEMAFULL; DEFINE FIELD name ON person TYPE string;"
            + " DEFINE FIELD age ON person TYPE int;"
            + " CREATE person:ann SET name = 'Ann', age = 41; CREATE person:bob SET name = 'Bob', age = 7;");
  }

  @AfterEach
  void removeDatabase() {
    db.close();
  }

  @Test
  void asLongReadsAWholeNumber() {
    assertThat(client.query("RETURN count(SELECT * FROM person)").last().asLong()).isEqualTo(2);
    assertThat(client.query("RETURN 40 + 2").last().as(Integer.class)).isEqualTo(42);
  }

  @Test
  void asStringReadsAStringAndGivesJsonForAnythingElse() {
    assertThat(client.query("RETURN string::uppercase('ann')").last().asString()).isEqualTo("ANN");
    assertThat(client.query("RETURN [1, 2]").last().asString()).isEqualTo("[1,2]");
  }

  @Test
  void rowsMapToValuesAndRecords() {
    assertThat(client.query("SELECT VALUE name FROM person ORDER BY name").rows(String.class))
        .containsExactly("Ann", "Bob");
    assertThat(client.query("SELECT name, age, id FROM person ORDER BY age").rows(Person.class))
        .extracting(Person::name, Person::age)
        .containsExactly(tuple("Bob", 7), tuple("Ann", 41));
    assertThat(client.query("SELECT * FROM ONLY person:ann").last().as(Person.class))
        .isEqualTo(new Person("person:ann", "Ann", 41));
  }

  @Test
  void infoMapsToAMap() {
    Map<?, ?> info = client.query("INFO FOR DB").last().as(Map.class);
    assertThat(info.get("tables"))
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsOnlyKeys("person");
  }

  @Test
  void emptyResultsAreEmpty() {
    StatementResult none = client.query("SELECT * FROM person WHERE age > 100").last();
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.asList(Person.class)).isEmpty();
    assertThat(none.json()).isEqualTo("[]");
    StatementResult nothing = client.query("RETURN NONE").last();
    assertThat(nothing.isEmpty()).isTrue();
    assertThat(nothing.as(String.class)).isNull();
    assertThat(nothing.asList(String.class)).isEmpty();
    assertThat(client.query("RETURN 0").last().isEmpty()).isFalse();
  }

  @Test
  void aSingleValueIsAOneRowList() {
    assertThat(client.query("RETURN 'x'").last().asList(String.class)).containsExactly("x");
  }

  @Test
  void jsonIsTheResultAsJsonText() {
    assertThat(client.query("RETURN { a: 1, b: 'two' }").last().json())
        .isEqualTo("{\"a\":1,\"b\":\"two\"}");
  }

  @Test
  void aResultThatDoesNotFitTheTypeSaysWhatItWas() {
    StatementResult text = client.query("RETURN 'not a number'").last();
    assertThatThrownBy(text::asLong)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "statement 0 returned \"not a number\", not a whole number; read it with as(…) or json()");
    assertThatThrownBy(() -> client.query("SELECT * FROM person").last().asList(Integer.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("statement 0 returned [{")
        .hasMessageContaining("which does not fit List<Integer>")
        .hasMessageEndingWith("; read it with json() or another type");
  }

  @Test
  void aFailedStatementHasNoResultToRead() {
    QueryResult result =
        client.queryAllowingErrors("CREATE person:carl SET name = 'Carl', age = 'old'; RETURN 1;");
    StatementResult failed = result.get(0);
    assertThat(failed.ok()).isFalse();
    assertThat(failed.errorMessage()).get().asString().contains("age");
    assertThatThrownBy(() -> failed.as(List.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("statement 0 failed (")
        .hasMessageEndingWith("; it has no result to read (check ok() first)");
    assertThatThrownBy(failed::asString).isInstanceOf(IllegalStateException.class);
    assertThat(result.last().asLong()).isEqualTo(1);
  }
}
