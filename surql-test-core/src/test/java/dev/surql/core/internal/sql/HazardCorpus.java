package dev.surql.core.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates SurrealQL texts full of what makes statement splitting hard, deterministically from a
 * seed: semicolons, quotes, brackets and comment openers inside strings, comments, escaped
 * identifiers, regex literals (after every keyword and operator that takes an operand, and across
 * line breaks) and JavaScript function bodies; divisions that must stay divisions; blocks, the
 * block and worded {@code IF} forms, {@code FOR}, nested subqueries, transactions, stray
 * semicolons, CRLF and Unicode line separators. Every text stays inside the database it runs in (no
 * {@code USE}, no namespace, database or root definitions, no {@code SLEEP}, only finite loops),
 * never returns a bare regex (SurrealDB cannot serialise one) and, for the valid family, is
 * SurrealQL that SurrealDB 3.x parses.
 */
final class HazardCorpus {

  private static final String[] STRINGS = {
    "'a;b'",
    "\"c;d\"",
    "'it\\'s; ok'",
    "\"say \\\"x;y\\\"\"",
    "'-- not a comment;'",
    "\"# nor; this\"",
    "'/* nor; this */'",
    "'{ ( [ ;'",
    "\"} ) ] ;\"",
    "'back\\\\slash;'",
    "'/a;b/'",
    "\"⟨x;y⟩\"",
    "'multi\nline;'",
    "'😀;'",
    "\"`;`\"",
    "'// x; \"'",
    "''",
    "\"\"",
    "'END; ELSE'",
    "'function() { ;'",
    "s'prefixed; string'",
    "\"tab\tand;\\n\"",
  };

  private static final String[] REGEXES = {
    "/a;b/",
    "/^[^\";']+$/",
    "/x\\/y;z/",
    "/--;#/",
    "/\\{\\(\\[;/",
    "/\\d+;\\w*/",
    "/'\"`;/",
    "/ ;/",
    "/a\n;b/",
    "/a\r\n;\\/b/",
    "/\\};\\)/",
    "/[;]{1,2}/",
    "/END;/",
    "/x|y;/",
  };

  private static final String[] COMMENTS = {
    "-- x; 'y\n", "// z; \"w\n", "# v; {\n", "/* u; } ) */", "/* multi\n ; line */",
        "-- ends at LS;\u2028",
    "-- ends at PS;\u2029", "-- ends at NEL;\u0085", "/*;*/", "--\n", "# THEN ; END\n",
        "/* 'q ; \" */",
  };

  private static final String[] WHITESPACE = {" ", " ", " ", "\n", "\r\n", "\t", "  \n  ", "\f"};

  private static final String[] IDENTIFIERS = {
    "t1", "t2", "thing", "`a;b`", "⟨c;d⟩", "`x\\`;y`", "value_t", "⟨données⟩",
  };

  private static final String[] FIELDS = {
    "a", "b", "value", "in", "out", "`f;g`", "⟨h;i⟩", "name", "then_x"
  };

  private static final String[] JS_PARTS = {
    "return 1;",
    "let s = '}'; return s;",
    "let t = \"{\"; return t;",
    "return `a}${1}{`;",
    "// } comment; --\n",
    "/* } ; */",
    "if (true) { return 2; }",
    "for (let i = 3; i > 0; i--) { }",
    "let r = \"a\\\"}\";",
    "let o = { a: [1, 2], b: { c: ';' } };",
    "x = i-- - --j; # not a comment in JS\n",
    "let u = '\\'}';",
    "return arguments[0];",
    "var w = `multi\nline ${'}'}`;",
  };

  private final Random random;

  HazardCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} texts; roughly one in twenty-five is a deliberately unterminated one. */
  List<CorpusText> texts(int count) {
    List<CorpusText> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (i % 25 == 24) {
        texts.add(CorpusText.invalid("generated#" + i + " (unterminated)", unterminated()));
      } else {
        texts.add(CorpusText.valid("generated#" + i, text()));
      }
    }
    return texts;
  }

  /** Several statements with hazardous separators, the last one sometimes without its semicolon. */
  private String text() {
    StringBuilder text = new StringBuilder();
    if (chance(4)) {
      text.append(pick(COMMENTS));
    }
    int statements = 1 + random.nextInt(4);
    for (int i = 0; i < statements; i++) {
      text.append(statement(0));
      if (i < statements - 1 || chance(2)) {
        text.append(maybeGap()).append(';');
        if (chance(8)) {
          text.append(';');
        }
      }
      text.append(gap());
    }
    if (chance(5)) {
      text.append(pick("-- trailing; 'x", "/* trailing; */", "# trailing"));
    }
    return text.toString();
  }

  private String unterminated() {
    String prefix = text() + ";\n";
    return prefix
        + pick(
            "RETURN 'never closed;",
            "RETURN \"never \\\" closed;",
            "SELECT * FROM `never;",
            "SELECT * FROM ⟨never;",
            "RETURN 1 /* never closed;",
            "RETURN function() { return '}'; ",
            "RETURN function() { /* } ",
            "RETURN function() { return `}",
            "IF true { RETURN 1; ",
            "RETURN [1, (2;",
            "DEFINE FUNCTION OVERWRITE fn::never() { RETURN '}';");
  }

  // ---- statements ----

  private String statement(int depth) {
    int kind = random.nextInt(depth > 1 ? 12 : 27);
    return switch (kind) {
      case 0, 1 -> "RETURN " + expr(depth);
      case 2 -> "LET $v" + random.nextInt(3) + " =" + gap() + expr(depth);
      case 3 -> "SELECT " + projection(depth) + " FROM " + source(depth) + where(depth);
      case 4 ->
          "CREATE " + table() + " SET " + field() + " = " + expr(depth) + ", b = " + pick(STRINGS);
      case 5 -> "UPDATE " + table() + " SET " + field() + " =" + gap() + expr(depth) + where(depth);
      case 6 -> "DELETE " + table() + where(depth);
      case 7 -> wordedIf(depth);
      case 8 -> blockIf(depth);
      case 9 -> "FOR $x IN [1, 2] {" + gap() + statements(depth + 1, false) + "}";
      case 10 -> "RETURN " + javaScript(depth);
      case 11 -> "THROW " + pick(STRINGS);
      case 12 ->
          "DEFINE TABLE "
              + pick("OVERWRITE ", "IF NOT EXISTS ", "")
              + table()
              + pick(" SCHEMALESS", "", " TYPE ANY");
      case 13 -> defineField(depth);
      case 14 ->
          "DEFINE EVENT OVERWRITE e"
              + random.nextInt(3)
              + " ON "
              + table()
              + " WHEN"
              + gap()
              + condition(depth)
              + " THEN"
              + gap()
              + pick(
                  () -> "{" + gap() + statements(depth + 1, false) + "}",
                  () -> "(" + subquery(depth) + ")");
      case 15 ->
          "DEFINE FUNCTION OVERWRITE fn::f"
              + random.nextInt(3)
              + "($a: any) {"
              + gap()
              + statements(depth + 1, true)
              + "RETURN "
              + expr(depth + 1)
              + ";"
              + gap()
              + "}";
      case 16 -> "DEFINE PARAM OVERWRITE $p" + random.nextInt(3) + " VALUE" + gap() + expr(depth);
      case 17 -> depth == 0 ? transaction() : "RETURN " + division();
      case 18 ->
          "INSERT INTO "
              + table()
              + " [{ "
              + field()
              + ": "
              + expr(depth)
              + " }, { c: "
              + pick(STRINGS)
              + " }]";
      case 19 ->
          "UPSERT "
              + table()
              + ":"
              + (1 + random.nextInt(3))
              + " SET "
              + field()
              + " = "
              + expr(depth);
      case 20 ->
          "REMOVE "
              + pick(
                  "TABLE IF EXISTS " + table(),
                  "FIELD IF EXISTS " + field() + " ON " + table(),
                  "EVENT IF EXISTS e1 ON " + table(),
                  "PARAM IF EXISTS $p1",
                  "FUNCTION IF EXISTS fn::f1");
      case 21 ->
          "SELECT VALUE "
              + expr(depth)
              + " FROM [1, 2]"
              + pick(" WHERE" + gap() + condition(depth), "");
      case 22 ->
          "DEFINE TABLE OVERWRITE v"
              + random.nextInt(3)
              + " AS SELECT * FROM "
              + table()
              + " WHERE"
              + gap()
              + condition(depth);
      case 23 -> "{" + gap() + statements(depth + 1, false) + "}";
      case 24 -> "RETURN " + division();
      case 25 -> "SELECT * FROM " + table() + " ORDER BY " + pick("value", "a", "in") + " / 2";
      default -> "RETURN " + condition(depth);
    };
  }

  /**
   * One to three statements for a block, each ended by a semicolon (the last one sometimes not,
   * unless {@code terminated}).
   */
  private String statements(int depth, boolean terminated) {
    StringBuilder block = new StringBuilder();
    int n = 1 + random.nextInt(depth > 2 ? 1 : 3);
    for (int i = 0; i < n; i++) {
      block.append(statement(depth));
      if (i < n - 1 || terminated || chance(2)) {
        block.append(';');
      }
      block.append(gap());
    }
    return block.toString();
  }

  /**
   * A transaction without {@code RETURN}: SurrealDB 3.0.2 answers for the statements a transaction
   * executed, and a {@code RETURN} ends its execution, so the count would no longer be a parse
   * count.
   */
  private String transaction() {
    StringBuilder tx =
        new StringBuilder(pick("BEGIN", "BEGIN TRANSACTION")).append(";").append(gap());
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      tx.append(
              pick(
                  () -> "LET $t = " + pick(STRINGS),
                  () -> "LET $t = " + condition(2),
                  () -> "CREATE " + table() + " SET " + field() + " = " + pick(STRINGS),
                  () -> "UPDATE " + table() + " SET " + field() + " = " + division() + where(2),
                  () -> "THROW " + pick(STRINGS)))
          .append(";")
          .append(gap());
    }
    return tx.append(pick("COMMIT", "COMMIT TRANSACTION", "CANCEL", "CANCEL TRANSACTION"))
        .toString();
  }

  private String wordedIf(int depth) {
    StringBuilder s =
        new StringBuilder("IF")
            .append(gap())
            .append(condition(depth))
            .append(gap())
            .append("THEN")
            .append(gap())
            .append(branch(depth));
    int elseIfs = random.nextInt(3);
    for (int i = 0; i < elseIfs; i++) {
      s.append("ELSE IF")
          .append(gap())
          .append(condition(depth))
          .append(" THEN")
          .append(gap())
          .append(branch(depth));
    }
    if (chance(2)) {
      String branch = branch(depth);
      while (branch.startsWith("IF")) { // ELSE IF would continue the chain, as in SurrealDB
        branch = branch(depth);
      }
      s.append("ELSE").append(gap()).append(branch);
    }
    return s.append("END").toString();
  }

  /**
   * A worded IF branch: an expression, then at most one semicolon; or a statement and a semicolon
   * (without it, an ELSE after a block-form IF statement would continue that IF, as in SurrealDB).
   */
  private String branch(int depth) {
    if (depth <= 1 && chance(2)) {
      return statement(depth + 1) + gap() + ";" + gap();
    }
    return expr(depth + 1) + gap() + (chance(2) ? ";" + gap() : "");
  }

  private String blockIf(int depth) {
    StringBuilder s =
        new StringBuilder("IF ")
            .append(condition(depth))
            .append(" {")
            .append(gap())
            .append(statements(depth + 1, false))
            .append("}");
    if (chance(2)) {
      s.append(" ELSE IF ")
          .append(condition(depth))
          .append(" {")
          .append(gap())
          .append(statements(depth + 1, false))
          .append("}");
    }
    if (chance(2)) {
      s.append(" ELSE {").append(gap()).append(statements(depth + 1, false)).append("}");
    }
    return s.toString();
  }

  private String defineField(int depth) {
    StringBuilder s =
        new StringBuilder("DEFINE FIELD OVERWRITE ").append(field()).append(" ON ").append(table());
    if (chance(2)) {
      s.append(" TYPE ").append(pick("any", "option<string>", "bool", "number"));
    }
    if (chance(2)) {
      s.append(" VALUE").append(gap()).append(expr(depth));
    }
    if (chance(2)) {
      s.append(" ASSERT").append(gap()).append(condition(depth));
    }
    if (chance(3)) {
      s.append(" DEFAULT").append(gap()).append(expr(depth));
    }
    if (chance(3)) {
      s.append(" COMMENT ").append(pick(STRINGS));
    }
    return s.toString();
  }

  // ---- expressions ----

  private String expr(int depth) {
    int kind = random.nextInt(depth > 2 ? 6 : 14);
    return switch (kind) {
      case 0 -> pick(STRINGS);
      case 1 -> String.valueOf(random.nextInt(100));
      case 2 -> division();
      case 3 -> "(" + condition(depth) + ")";
      case 4 -> pick("true", "NONE", "NULL", "$v1", "$value", "[]", "{}", "1.5f", "1h30m");
      case 5 -> "<string> " + pick(STRINGS);
      case 6 -> "[" + expr(depth + 1) + "," + gap() + expr(depth + 1) + "]";
      case 7 ->
          "{ "
              + pick("k", "'k;2'", "\"k}\"", "`k;3`")
              + ": "
              + expr(depth + 1)
              + ", z: "
              + expr(depth + 1)
              + " }";
      case 8 -> "(" + subquery(depth) + ")";
      case 9 -> javaScript(depth);
      case 10 ->
          "(IF "
              + condition(depth)
              + " THEN "
              + expr(depth + 1)
              + pick(";", "")
              + " ELSE "
              + expr(depth + 1)
              + pick(";", "")
              + " END)";
      case 11 ->
          pick(
              "string::len(" + pick(STRINGS) + ")",
              "string::concat(" + pick(STRINGS) + ", " + pick(STRINGS) + ")",
              "array::len([" + pick(STRINGS) + "])");
      case 12 ->
          expr(depth + 1) + gap() + pick("+", "-", "*", "??", "||", "&&") + gap() + expr(depth + 1);
      default -> "/* " + pick(";", "}", "'") + " */ " + expr(depth + 1);
    };
  }

  /** A boolean-ish expression, often with a regex literal where an operand starts. */
  private String condition(int depth) {
    String regex = pick(REGEXES);
    String string = pick(STRINGS);
    int kind = random.nextInt(depth > 2 ? 5 : 12);
    return switch (kind) {
      case 0 -> string + " =" + gap() + regex;
      case 1 -> regex + " = " + string;
      case 2 -> "true AND" + gap() + regex + " = " + string;
      case 3 -> "false OR" + gap() + regex + " = " + string;
      case 4 -> string + " IN" + gap() + regex;
      case 5 -> "[" + string + "] CONTAINS" + gap() + regex;
      case 6 -> "!" + regex + " = " + string;
      case 7 -> "(" + regex + " = " + string + ")";
      case 8 -> "{ r: " + regex + " }.r = " + string;
      case 9 -> pick("value", "in", "$value", "a.value") + " / 2 = 1";
      case 10 ->
          condition(depth + 1)
              + gap()
              + pick("AND", "OR", "&&", "||")
              + gap()
              + condition(depth + 1);
      default -> "(IF " + regex + " = " + string + " THEN true ELSE false END)";
    };
  }

  /** A division that a splitter mistaking it for a regex would run into the next statement. */
  private String division() {
    return pick(
            "value",
            "in",
            "$v1",
            "(4)",
            "[4][0]",
            "array::len([1]) ",
            "a.value",
            "8",
            "`x;y`",
            "⟨q/r⟩")
        + gap()
        + "/"
        + gap()
        + pick("2", "(1)", "$v1", "value")
        + pick("", " / 3", " + 1 / 4");
  }

  private String subquery(int depth) {
    return pick(
        () -> "SELECT * FROM [1, 2] WHERE " + condition(depth + 1),
        () -> "SELECT VALUE " + expr(depth + 1) + " FROM [1]",
        () ->
            "SELECT "
                + projection(depth + 1)
                + " FROM (SELECT * FROM "
                + table()
                + where(depth + 1)
                + ")",
        () -> "RETURN " + expr(depth + 1),
        () -> "CREATE " + table() + " SET " + field() + " = " + expr(depth + 1));
  }

  private String projection(int depth) {
    // never a leading `value`: SELECT VALUE is a keyword pair
    return pick(
        () -> "*",
        () -> pick("a", "in", "`f;g`", "⟨h;i⟩") + ", " + field(),
        () -> "(" + expr(depth + 1) + ") AS x",
        () -> "count() AS n",
        () -> "(" + division() + ") AS q");
  }

  private String source(int depth) {
    return pick(
        () -> table(),
        () -> "[1, 2]",
        () -> "(SELECT * FROM " + table() + where(depth + 1) + ")",
        () -> "ONLY " + table() + ":1");
  }

  private String where(int depth) {
    return chance(2) ? " WHERE" + gap() + condition(depth + 1) : "";
  }

  private String javaScript(int depth) {
    StringBuilder body = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      body.append(javaScriptGap()).append(pick(JS_PARTS));
    }
    String args =
        depth > 2
            ? ""
            : pick(
                () -> "",
                () -> expr(depth + 1),
                () -> "1, (2)",
                () -> "function() { return '}'; }");
    return pick("function", "FUNCTION", "Function")
        + pick("", " ")
        + "("
        + args
        + ")"
        + pick("", " ", " /* x; */ ")
        + "{"
        + body
        + javaScriptGap()
        + "}";
  }

  /**
   * Whitespace or a JavaScript comment: SurrealQL's {@code --} and {@code #} are no comments there.
   */
  private String javaScriptGap() {
    return chance(5) ? pick("// } ; '\n", "/* { ' */", "// LS ends it\u2028") : pick(WHITESPACE);
  }

  // ---- atoms ----

  private String table() {
    return pick(IDENTIFIERS);
  }

  private String field() {
    return pick(FIELDS);
  }

  /** Whitespace, sometimes with a comment (a line comment always ends its line). */
  private String gap() {
    if (chance(6)) {
      return " " + pick(COMMENTS) + pick(WHITESPACE);
    }
    return pick(WHITESPACE);
  }

  private String maybeGap() {
    return chance(3) ? gap() : "";
  }

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  @SafeVarargs
  private String pick(Supplier<String>... options) {
    return options[random.nextInt(options.length)].get();
  }
}
