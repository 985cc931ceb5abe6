package dev.surql.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.migration.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The splitter against SurrealDB 3.0.2 as the oracle: every text of a corpus (each section of every
 * migration file in the project, the cases of issue 12, and thousands of generated hazards from a
 * fixed seed) is split by {@link StatementSplitter} and run by the real engine in a throwaway
 * database, whose {@code /sql} endpoint answers once per statement it parsed. A valid text must be
 * parsed by both with the same count; a deliberately unterminated one must be refused by both.
 * Every disagreement fails the test, printing the text and both answers. Not compared, and listed
 * with the reason: real migration sections that 3.0.2 cannot parse (2.x syntax such as {@code
 * FLEXIBLE TYPE} or {@code SEARCH ANALYZER}) or that need an experimental capability, since the
 * engine then gives no count; sections that would leave the throwaway database; and texts with a
 * {@code RETURN} inside a transaction, for which 3.0.2 answers per executed statement.
 */
class StatementSplitterEngineAgreementTest {

  private static final long SEED = 0x5eed_2026_1201L;
  private static final int GENERATED = 3000;
  private static final int TEXTS_PER_DATABASE = 200;
  private static final int SHOWN = Integer.getInteger("surql.oracle.shown", 25);

  /**
   * Words of statements that reach beyond the throwaway database (USE, namespaces, databases,
   * root): such texts are not run.
   */
  private static final Set<String> LEAVES_THE_DATABASE =
      Set.of("USE", "NAMESPACE", "NS", "ROOT", "DATABASE", "DB");

  /** The minimal disagreements reported in issue 12, with a few neighbours. */
  private static final List<String> ISSUE_CASES =
      List.of(
          "SELECT * FROM t WHERE /a;b/ = name",
          "SELECT * FROM t WHERE name = /a\n;b/",
          "IF true THEN CREATE a; ELSE CREATE b; END",
          "RETURN function() { for (let i = 3; i > 0; i--) { } return 1; }",
          "RETURN /a;b/ = 'x'; RETURN true AND /a;b/ = 'x'; RETURN false OR /a;b/ = 'x'",
          "DEFINE FIELD f ON t VALUE /a;b/ = 'x' ASSERT /c;d/ = $value; DEFINE EVENT e ON t WHEN /a;b/ = 'x' THEN (CREATE log)",
          "IF /a;b/ = 'x' THEN /c;d/ = 'y' ELSE /e;f/ = 'z' END; RETURN 'x' IN /a;b/",
          "SELECT * FROM t WHERE value / 2 = 1; SELECT in / 2 FROM t; RETURN 4 / 2",
          "BEGIN; CREATE issue:1; COMMIT; BEGIN; CREATE issue:1; LET $a = 1; COMMIT; RETURN 2",
          "IF true THEN IF false { RETURN 1 } ELSE IF true { RETURN 2 }; ELSE 3; END; RETURN 4");

  @Test
  void the_splitter_counts_the_statements_surrealdb_parses() {
    List<CorpusText> corpus = new ArrayList<>();
    List<CorpusText> migrations =
        MigrationFileCorpus.under(Path.of("..").toAbsolutePath().normalize());
    corpus.addAll(migrations);
    for (int i = 0; i < ISSUE_CASES.size(); i++) {
      corpus.add(CorpusText.valid("issue-12#" + i, ISSUE_CASES.get(i)));
    }
    corpus.addAll(new HazardCorpus(SEED).texts(GENERATED));

    List<String> disagreements = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    int compared = 0;
    int statements = 0;
    SurqlDatabase db = null;
    try {
      int run = 0;
      for (CorpusText text : corpus) {
        if (run++ % TEXTS_PER_DATABASE
            == 0) { // the texts write data, and later texts would scan it all
          if (db != null) {
            db.close();
          }
          db = SurqlDatabase.create(SurqlEngines.shared(), "splitter_oracle");
        }
        SurqlClient client = db.client();
        Optional<String> leaves = leavesTheDatabase(text.text());
        if (leaves.isPresent()) {
          excluded.add(
              text.origin()
                  + ": names "
                  + leaves.get()
                  + ", which would leave the throwaway database");
          continue;
        }
        Outcome outcome = compare(client, text);
        if (outcome.excludedBecause() != null) {
          excluded.add(text.origin() + ": " + outcome.excludedBecause());
          continue;
        }
        compared++;
        if (outcome.disagreement() != null) {
          disagreements.add(describe(text, outcome.disagreement()));
        }
        statements += countOrZero(text.text());
      }
    } finally {
      if (db != null) {
        db.close();
      }
    }

    System.out.printf(
        Locale.ROOT,
        "Splitter vs SurrealDB: %d texts compared (%d migration sections, %d issue cases,"
            + " %d generated from seed %d), %d statements, %d excluded, %d disagreements%n",
        compared,
        migrations.size(),
        ISSUE_CASES.size(),
        GENERATED,
        SEED,
        statements,
        excluded.size(),
        disagreements.size());
    excluded.forEach(e -> System.out.println("  excluded: " + e));
    assertThat(migrations)
        .as("migration sections found under the project")
        .hasSizeGreaterThanOrEqualTo(20);
    assertThat(excluded)
        .as("generated texts are all comparable")
        .noneMatch(e -> e.startsWith("generated#"))
        .as("at most a few real migration sections are not comparable")
        .hasSizeLessThan(migrations.size() / 5);
    assertThat(disagreements)
        .as(
            "%d of %d texts where the splitter and SurrealDB disagree (first %d shown)",
            disagreements.size(), compared, SHOWN)
        .satisfies(list -> assertThat(list.subList(0, Math.min(SHOWN, list.size()))).isEmpty());
  }

  /**
   * What is wrong with the splitter's answer for a text, if anything, or why the text cannot be
   * compared.
   */
  private record Outcome(String disagreement, String excludedBecause) {
    static final Outcome AGREE = new Outcome(null, null);

    static Outcome disagree(String why) {
      return new Outcome(why, null);
    }

    static Outcome exclude(String why) {
      return new Outcome(null, why);
    }
  }

  private static Outcome compare(SurqlClient client, CorpusText text) {
    List<Statement> ours;
    String refusedBecause = null;
    try {
      ours = StatementSplitter.split(text.text(), text.origin());
    } catch (SurqlSyntaxException e) {
      ours = null;
      refusedBecause = e.getMessage();
    }
    EngineStatementCount engine = EngineStatementCount.of(client, text.text());
    if (!text.valid()) {
      if (engine.parsed()) {
        return Outcome.disagree(
            "the corpus calls it unterminated, but SurrealDB parsed it ("
                + engine.results().size()
                + " results): fix the generator");
      }
      return ours == null
          ? Outcome.AGREE
          : Outcome.disagree(
              "SurrealDB refused it ("
                  + firstLine(engine.parseError().get())
                  + ") but the splitter cut "
                  + ours.size()
                  + " statements");
    }
    if (!engine.parsed() && engine.parseError().get().contains("Experimental capability")) {
      return Outcome.exclude(
          "needs an experimental engine capability that the shared test engine does not enable: "
              + firstLine(engine.parseError().get()));
    }
    if (!engine.parsed() && text.real() && ours != null) {
      return Outcome.exclude(
          "SurrealDB 3.0.2 cannot parse it ("
              + firstLine(engine.parseError().get())
              + "): written for another version or invalid, so there is no count to compare; the splitter cut "
              + ours.size()
              + " statements");
    }
    if (!engine.parsed()) {
      return Outcome.disagree(
          "SurrealDB refused a text the corpus calls valid: "
              + engine.parseError().get()
              + (ours == null
                  ? "\n  the splitter refused it too: " + refusedBecause
                  : "\n  the splitter cut " + ours.size() + " statements"));
    }
    if (ours == null) {
      return Outcome.disagree(
          "the splitter refused it ("
              + refusedBecause
              + ") but SurrealDB parsed "
              + engine.results().size()
              + " statements");
    }
    if (EngineStatementCount.returnsInATransaction(ours)) {
      return Outcome.exclude(
          "holds a RETURN inside a transaction: SurrealDB 3.0.2 then answers for the statements"
              + " it executed, not for those it parsed");
    }
    int expected = engine.expectedFor(ours);
    if (expected != engine.results().size()) {
      return Outcome.disagree(
          "splitter "
              + ours.size()
              + " statements (SurrealDB would answer "
              + expected
              + " for them) vs SurrealDB "
              + engine.results().size()
              + "\n  statements: "
              + ours.stream().map(Statement::text).toList());
    }
    return Outcome.AGREE;
  }

  private static Optional<String> leavesTheDatabase(String text) {
    try {
      return SurqlLexer.tokenize(text, null).stream()
          .filter(t -> t.type() == TokenType.WORD)
          .map(t -> t.text().toUpperCase(Locale.ROOT))
          .filter(LEAVES_THE_DATABASE::contains)
          .findFirst();
    } catch (SurqlSyntaxException e) {
      return Optional.empty();
    }
  }

  private static int countOrZero(String text) {
    try {
      return StatementSplitter.split(text, null).size();
    } catch (SurqlSyntaxException e) {
      return 0;
    }
  }

  private static String describe(CorpusText text, String problem) {
    return text.origin()
        + ": "
        + problem
        + "\n  text: "
        + text.text().replace("\n", "\\n").replace("\r", "\\r");
  }

  /** The first line of the engine's message, from its "Parse error:" on. */
  private static String firstLine(String message) {
    int from = message.indexOf("Parse error:");
    String rest = from < 0 ? message : message.substring(from);
    int newline = rest.indexOf('\n');
    return newline < 0 ? rest : rest.substring(0, newline);
  }
}
