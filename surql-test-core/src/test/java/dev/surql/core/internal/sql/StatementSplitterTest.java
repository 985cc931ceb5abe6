package dev.surql.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.surql.core.ErrorCode;
import dev.surql.core.migration.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementSplitterTest {

  private static final String FILE = "20260101_120000_init.surql";

  private static List<String> texts(String source) {
    return StatementSplitter.split(source, FILE).stream()
        .map(Statement::text)
        .collect(Collectors.toList());
  }

  @Test
  void splitsAtTopLevelSemicolons() {
    assertThat(texts("DEFINE TABLE user SCHEMAFULL; DEFINE FIELD name ON user TYPE string;"))
        .containsExactly("DEFINE TABLE user SCHEMAFULL", "DEFINE FIELD name ON user TYPE string");
  }

  @Test
  void semicolonsAndEscapedQuotesInsideStrings() {
    assertThat(
            texts(
                "CREATE a SET x = 'it\\'s; fine', y = \"say \\\"a;b\\\"\"; CREATE b SET z = '\\\\';"
                    + " CREATE c SET w = r\"user:`x;y`\";"))
        .containsExactly(
            "CREATE a SET x = 'it\\'s; fine', y = \"say \\\"a;b\\\"\"",
            "CREATE b SET z = '\\\\'",
            "CREATE c SET w = r\"user:`x;y`\"");
  }

  @Test
  void everyCommentStyleWithSemicolonsAndQuotes() {
    String source =
        "-- leading; 'not a string\n"
            + "SELECT 1 -- trailing; \"x\n"
            + "  FROM a; // slash; `y\n"
            + "SELECT # hash; ⟨z\n"
            + " 2 /* block; 'q\n ; \" */ FROM b;\n"
            + "/* only a comment; */ ;; -- nothing here;\n";
    List<Statement> statements = StatementSplitter.split(source, FILE);
    assertThat(statements)
        .extracting(Statement::text)
        .containsExactly(
            "SELECT 1 -- trailing; \"x\n  FROM a",
            "SELECT # hash; ⟨z\n 2 /* block; 'q\n ; \" */ FROM b");
    assertThat(statements)
        .extracting(Statement::line, Statement::column)
        .containsExactly(tuple(2, 1), tuple(4, 1));
  }

  @Test
  void nestedFunctionBlocks() {
    String source =
        "DEFINE FUNCTION fn::a($x: int) { IF $x > 1 { RETURN \"a;b\"; } ELSE { RETURN 'c;d'; }; };"
            + " SELECT fn::a(2);";
    List<Statement> statements = StatementSplitter.split(source, FILE);
    assertThat(statements)
        .extracting(Statement::text)
        .containsExactly(
            "DEFINE FUNCTION fn::a($x: int) { IF $x > 1 { RETURN \"a;b\"; } ELSE { RETURN 'c;d'; }; }",
            "SELECT fn::a(2)");
    assertThat(statements).extracting(Statement::keyword).containsExactly("DEFINE", "SELECT");
  }

  @Test
  void eventThenBlock() {
    String source =
        "DEFINE EVENT e ON user WHEN $event = \"CREATE\" THEN { CREATE log SET msg = \"x;y\"; };\n"
            + "REMOVE EVENT e ON user;";
    assertThat(texts(source))
        .containsExactly(
            "DEFINE EVENT e ON user WHEN $event = \"CREATE\" THEN { CREATE log SET msg = \"x;y\"; }",
            "REMOVE EVENT e ON user");
  }

  @Test
  void objectsArraysParenthesesAndForLoops() {
    String source =
        "CREATE x CONTENT { a: { b: [1, {c: ';'}] }, d: (SELECT * FROM y; ) };\n"
            + "FOR $i IN [1, 2] { CREATE t SET n = $i; IF $i = 2 { BREAK; }; };\n"
            + "SELECT * FROM [1; 2]";
    assertThat(texts(source))
        .containsExactly(
            "CREATE x CONTENT { a: { b: [1, {c: ';'}] }, d: (SELECT * FROM y; ) }",
            "FOR $i IN [1, 2] { CREATE t SET n = $i; IF $i = 2 { BREAK; }; }",
            "SELECT * FROM [1; 2]");
  }

  @Test
  void escapedIdentifiersContainingSemicolons() {
    assertThat(texts("DEFINE TABLE `a;b`; REMOVE TABLE ⟨c;d⟩; SELECT `x\\`;` FROM ⟨y\\⟩;⟩;"))
        .containsExactly("DEFINE TABLE `a;b`", "REMOVE TABLE ⟨c;d⟩", "SELECT `x\\`;` FROM ⟨y\\⟩;⟩");
  }

  @Test
  void regexLiteralWithQuotesAndSemicolons() {
    assertThat(texts("DEFINE FIELD n ON u ASSERT $value = /^[^\";']+$/; SELECT 4 / 2;"))
        .containsExactly("DEFINE FIELD n ON u ASSERT $value = /^[^\";']+$/", "SELECT 4 / 2");
  }

  @Test
  void tracksLinesAndColumnsAcrossMultiLineStatementsWithFirstLine() {
    String section =
        "\n"
            + "  DEFINE FIELD OVERWRITE email ON user\n"
            + "    TYPE string\n"
            + "    ASSERT string::is::email($value);   DELETE user\n"
            + "  WHERE age < 18;\n"
            + "\t😀 ;  REMOVE TABLE IF EXISTS x";
    List<Statement> statements = StatementSplitter.split(section, FILE, 7);
    assertThat(statements)
        .extracting(Statement::keyword, Statement::origin, Statement::line, Statement::column)
        .containsExactly(
            tuple("DEFINE", FILE, 8, 3),
            tuple("DELETE", FILE, 10, 41),
            tuple("", FILE, 12, 2),
            tuple("REMOVE", FILE, 12, 7));
    assertThat(statements.get(1).text()).isEqualTo("DELETE user\n  WHERE age < 18");
    Statement define = statements.get(0);
    Token assertToken =
        Statements.significantTokens(define).stream()
            .filter(t -> t.isWord("ASSERT"))
            .findFirst()
            .orElseThrow();
    assertThat(assertToken.line()).isEqualTo(10);
    assertThat(assertToken.column()).isEqualTo(5);
  }

  @Test
  void errorsReportFileLinesWithFirstLine() {
    String section = "CREATE a;\nCREATE b SET x = \"open;\nCREATE c;";
    assertThatThrownBy(() -> StatementSplitter.split(section, FILE, 12))
        .isInstanceOfSatisfying(
            SurqlSyntaxException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_INVALID);
              assertThat(e.origin()).isEqualTo(FILE);
              assertThat(e.line()).isEqualTo(13);
              assertThat(e.column()).isEqualTo(18);
            })
        .hasMessage(FILE + ":13:18: unterminated string literal starting here");
  }

  @Test
  void everyUnterminatedConstructThroughTheSplitter() {
    assertThatThrownBy(() -> StatementSplitter.split("a;\n  /* x; ", "m.surql", 3))
        .hasMessage("m.surql:4:3: unterminated block comment starting here");
    assertThatThrownBy(() -> StatementSplitter.split("a;\n\tb ⟨x;", "m.surql", 3))
        .hasMessage("m.surql:4:4: unterminated escaped identifier starting here");
    assertThatThrownBy(() -> StatementSplitter.split("a;\n`x;", "m.surql", 3))
        .hasMessage("m.surql:4:1: unterminated escaped identifier starting here");
    assertThatThrownBy(() -> StatementSplitter.split("x = 'a;", "m.surql", 3))
        .hasMessage("m.surql:3:5: unterminated string literal starting here");
    assertThatThrownBy(
            () -> StatementSplitter.split("DEFINE FUNCTION fn::f() {\n RETURN 1;\n", "m.surql", 3))
        .hasMessage(
            "m.surql:3:25: unterminated block starting here: '{' has no matching '}' before the end of the input");
    assertThatThrownBy(() -> StatementSplitter.split("CREATE a;\nSELECT (1;\n", "m.surql", 3))
        .hasMessage(
            "m.surql:4:8: unterminated block starting here: '(' has no matching ')' before the end of the input");
    assertThatThrownBy(() -> StatementSplitter.split("a;\n b];", "m.surql", 3))
        .hasMessage("m.surql:4:3: unexpected ']' without a matching '['");
  }

  @Test
  void crlfInput() {
    String source = "DEFINE TABLE a;\r\n-- note;\r\nDEFINE FIELD f ON a\r\n  TYPE 'x;y';\r\n";
    List<Statement> statements = StatementSplitter.split(source, FILE);
    assertThat(statements)
        .extracting(Statement::text, Statement::line, Statement::column)
        .containsExactly(
            tuple("DEFINE TABLE a", 1, 1), tuple("DEFINE FIELD f ON a\r\n  TYPE 'x;y'", 3, 1));
    assertThat(Statements.significantTokens(statements.get(1)).get(6))
        .extracting(Token::text, Token::line, Token::column)
        .containsExactly("'x;y'", 4, 8);
  }

  @Test
  void emptyAndCommentOnlyInputs() {
    assertThat(StatementSplitter.split("", FILE)).isEmpty();
    assertThat(StatementSplitter.split("  \n\t\r\n", FILE)).isEmpty();
    assertThat(StatementSplitter.split(";;; -- x;\n/* y; */ ;", FILE)).isEmpty();
  }

  @Test
  void trailingStatementWithoutSemicolon() {
    List<Statement> statements = StatementSplitter.split("CREATE a;\nCREATE b -- last\n", FILE);
    assertThat(statements).extracting(Statement::text).containsExactly("CREATE a", "CREATE b");
    assertThat(statements.get(1).line()).isEqualTo(2);
  }

  @Test
  void statementTokensMatchItsText() {
    String source = "  -- lead\n  REMOVE /* inner */ TABLE IF EXISTS `x` -- tail\n ;";
    Statement statement = StatementSplitter.split(source, FILE).get(0);
    assertThat(statement.text()).isEqualTo("REMOVE /* inner */ TABLE IF EXISTS `x`");
    assertThat(Statements.tokens(statement).stream().map(Token::text).collect(Collectors.joining()))
        .isEqualTo(statement.text());
    assertThat(Statements.significantTokens(statement))
        .extracting(Token::type, Token::value)
        .containsExactly(
            tuple(TokenType.WORD, "REMOVE"),
            tuple(TokenType.WORD, "TABLE"),
            tuple(TokenType.WORD, "IF"),
            tuple(TokenType.WORD, "EXISTS"),
            tuple(TokenType.ESCAPED_IDENTIFIER, "x"));
    assertThat(statement.keyword()).isEqualTo("REMOVE");
    assertThat(Statements.tokens(statement)).isUnmodifiable();
  }

  @Test
  void statementsAreEqualByTextAndPositionAndShowNoTokens() {
    Statement first = StatementSplitter.split("CREATE a;\nCREATE a", FILE).get(0);
    Statement same = StatementSplitter.split("CREATE a", FILE).get(0);
    Statement elsewhere = StatementSplitter.split("CREATE a;\nCREATE a", FILE).get(1);
    assertThat(first).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(elsewhere);
    assertThat(elsewhere).hasToString(FILE + ":2:1: CREATE a");
    assertThat(Statements.significantTokens(first)).isSameAs(Statements.significantTokens(first));
    assertThat(Statement.class.getMethods())
        .allSatisfy(
            method ->
                assertThat(method.getGenericReturnType().getTypeName()).doesNotContain("Token"));
  }

  @Test
  void keywordIsUpperCasedOrEmpty() {
    assertThat(StatementSplitter.split("define field overwrite x on y; (SELECT 1); `a`", FILE))
        .extracting(Statement::keyword)
        .containsExactly("DEFINE", "", "");
  }

  @Test
  void nullOriginIsLabelledInput() {
    assertThat(StatementSplitter.split("a", null).get(0).origin()).isEqualTo("<input>");
  }

  @Test
  void rejectsFirstLineBelowOne() {
    assertThatThrownBy(() -> StatementSplitter.split("a", FILE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Timeout(120) // a hang guard only: a quadratic splitter would take hours on this input
  void splitsAMegabyteOfStatements() {
    StringBuilder sb = new StringBuilder();
    int count = 0;
    while (sb.length() < 1_000_000) {
      sb.append("DEFINE FUNCTION fn::f")
          .append(count)
          .append("($x: string) { IF $x = 'a;b' { RETURN \"c;d\"; }; -- c;\n RETURN `e;f`; };\n")
          .append("/* block; */ CREATE t SET v = ⟨g;h⟩, w = [1, 2, {k: 3}];\n");
      count += 2;
    }
    String source = sb.toString();
    List<Statement> statements = StatementSplitter.split(source, FILE);
    assertThat(statements).hasSize(count);

    // One huge string and one huge comment are linear too.
    String bigString = "SELECT '" + "x;".repeat(500_000) + "';";
    assertThat(StatementSplitter.split(bigString, FILE)).hasSize(1);
    String bigComment = "/*" + "\\;'".repeat(300_000) + "*/ SELECT 1";
    assertThat(StatementSplitter.split(bigComment, FILE))
        .extracting(Statement::text)
        .containsExactly("SELECT 1");
  }

  // ---- agreement with SurrealDB 3.0.2: each case was counted by the engine's /sql endpoint ----

  static Stream<Arguments> regexAfterAKeyword() {
    return Stream.of(
        arguments("WHERE", "SELECT * FROM t WHERE /a;b/ = name"),
        arguments("RETURN", "RETURN /a;b/ = 'x'"),
        arguments("AND", "RETURN true AND /a;b/ = 'x'"),
        arguments("OR", "RETURN false OR /a;b/ = 'x'"),
        arguments("VALUE", "DEFINE FIELD f ON t VALUE /a;b/ = 'x'"),
        arguments("SELECT VALUE", "SELECT VALUE /a;b/ = 'x' FROM [1]"),
        arguments("ASSERT", "DEFINE FIELD g ON t ASSERT /a;b/ = $value"),
        arguments("WHEN", "DEFINE EVENT e ON t WHEN /a;b/ = 'x' THEN (CREATE log)"),
        arguments("IF", "IF /a;b/ = 'x' { RETURN 1 }"),
        arguments("THEN", "IF true THEN /a;b/ = 'x' END"),
        arguments("ELSE", "IF false THEN 1 ELSE /a;b/ = 'x' END"),
        arguments("IN", "RETURN 'x' IN /a;b/"),
        arguments("CONTAINS", "RETURN [1] CONTAINS /a;b/"),
        arguments("AS SELECT", "DEFINE TABLE x AS SELECT * FROM t WHERE /a;b/ = name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regexAfterAKeyword")
  void regexLiteralAfterAKeywordIsOneToken(String keyword, String statement) {
    assertThat(texts(statement + "; RETURN 1")).containsExactly(statement, "RETURN 1");
  }

  @Test
  void regexLiteralSpanningALineBreak() {
    assertThat(texts("SELECT * FROM t WHERE name = /a\n;b/; RETURN 1"))
        .containsExactly("SELECT * FROM t WHERE name = /a\n;b/", "RETURN 1");
  }

  @Test
  void keywordsUsedAsFieldNamesAreStillDivided() {
    assertThat(
            texts(
                "SELECT * FROM t WHERE value / 2 = 1; SELECT in / 2 FROM t; RETURN value / 2;"
                    + " SELECT * FROM t ORDER BY value / 2; RETURN [1] / 2; RETURN 1"))
        .containsExactly(
            "SELECT * FROM t WHERE value / 2 = 1",
            "SELECT in / 2 FROM t",
            "RETURN value / 2",
            "SELECT * FROM t ORDER BY value / 2",
            "RETURN [1] / 2",
            "RETURN 1");
  }

  @Test
  void wordedIfWithASemicolonAfterEachBranchIsOneStatement() {
    assertThat(texts("IF true THEN CREATE a; ELSE CREATE b; END"))
        .containsExactly("IF true THEN CREATE a; ELSE CREATE b; END");
    assertThat(
            texts(
                "IF true THEN CREATE a; ELSE IF false THEN CREATE c; ELSE CREATE b; END; RETURN 1"))
        .containsExactly(
            "IF true THEN CREATE a; ELSE IF false THEN CREATE c; ELSE CREATE b; END", "RETURN 1");
    assertThat(texts("IF true THEN IF false THEN RETURN 1; END; END; RETURN 2"))
        .containsExactly("IF true THEN IF false THEN RETURN 1; END; END", "RETURN 2");
    assertThat(texts("IF true { RETURN 1; RETURN 2 } ELSE { RETURN 3; }; RETURN 4"))
        .containsExactly("IF true { RETURN 1; RETURN 2 } ELSE { RETURN 3; }", "RETURN 4");
    assertThat(texts("DEFINE TABLE IF NOT EXISTS t; REMOVE TABLE IF EXISTS t; RETURN 1"))
        .containsExactly("DEFINE TABLE IF NOT EXISTS t", "REMOVE TABLE IF EXISTS t", "RETURN 1");
  }

  @Test
  void javaScriptFunctionBodyIsScannedAsJavaScript() {
    assertThat(texts("RETURN function() { for (let i = 3; i > 0; i--) { } return 1; }"))
        .containsExactly("RETURN function() { for (let i = 3; i > 0; i--) { } return 1; }");
    assertThat(texts("RETURN function() { return `a}${1}`; }; RETURN 1")).hasSize(2);
    assertThat(texts("RETURN function() { return \"}\"; // } \n }; RETURN 1")).hasSize(2);
    assertThat(texts("RETURN function() { /* } */ return '}' }; RETURN 1")).hasSize(2);
    assertThat(texts("RETURN function() { let s = \"a\\\"}\"; return s; }; RETURN 1")).hasSize(2);
    assertThat(texts("RETURN function(1, (2)) { return arguments[0]; }; RETURN 1")).hasSize(2);
    assertThat(texts("RETURN FUNCTION () /* x */ { return 1 }; RETURN 1")).hasSize(2);
    assertThat(texts("DEFINE EVENT e ON t WHEN true THEN function() { return '-- ;' }; RETURN 1"))
        .hasSize(2);
    // DEFINE FUNCTION is SurrealQL, not JavaScript: its body is a block of statements
    assertThat(texts("DEFINE FUNCTION fn::f() { RETURN '}'; -- }\n }; RETURN 1")).hasSize(2);
  }

  @Test
  void anUnterminatedJavaScriptBodyIsRefusedWhereItStarts() {
    assertThatThrownBy(
            () ->
                StatementSplitter.split(
                    "RETURN 1;\nRETURN function() { return 1 // a }", "m.surql"))
        .isInstanceOf(SurqlSyntaxException.class)
        .hasMessage("m.surql:2:19: unterminated JavaScript function body starting here");
  }

  @Test
  void angleBracketsOfTypesAndCastsAndTheWildcard() {
    assertThat(texts("DEFINE FIELD b ON t TYPE option<string> ASSERT /a;b/ = $value; RETURN 1"))
        .hasSize(2);
    assertThat(texts("DEFINE FIELD c ON t TYPE array<record<t>> VALUE /a;b/ = 'x'; RETURN 1"))
        .hasSize(2);
    assertThat(texts("RETURN <string> /a;b/ = 'x'; RETURN 1")).hasSize(2);
    assertThat(texts("SELECT * FROM t WHERE 3 > value / 2; RETURN 1")).hasSize(2);
    assertThat(texts("RETURN 2 * /a;b/; RETURN 1")).hasSize(2);
  }

  @Test
  void aBlockIfAsTheBranchOfAWordedIf() {
    assertThat(
            texts(
                "IF true THEN IF false { RETURN 1 } ELSE IF true { RETURN 2 } ELSE { RETURN 3 }; ELSE 4; END;"
                    + " RETURN 5"))
        .containsExactly(
            "IF true THEN IF false { RETURN 1 } ELSE IF true { RETURN 2 } ELSE { RETURN 3 }; ELSE 4; END",
            "RETURN 5");
  }

  @Test
  void lineCommentsAlsoEndAtNextLineAndTheUnicodeSeparators() {
    assertThat(texts("RETURN 1 -- c\u2028; RETURN 2")).containsExactly("RETURN 1", "RETURN 2");
    assertThat(texts("RETURN 1 # c\u2029; RETURN 2")).containsExactly("RETURN 1", "RETURN 2");
    assertThat(texts("RETURN 1 // c\u0085; RETURN 2")).containsExactly("RETURN 1", "RETURN 2");
  }
}
