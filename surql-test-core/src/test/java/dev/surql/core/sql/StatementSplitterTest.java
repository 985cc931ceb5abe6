package dev.surql.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.surql.core.ErrorCode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StatementSplitterTest {

  private static final String FILE = "20260101_120000_init.surql";

  private static List<String> texts(String source) {
    return StatementSplitter.split(source, FILE).stream().map(Statement::text).collect(Collectors.toList());
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
    assertThat(statements).extracting(Statement::line, Statement::column).containsExactly(tuple(2, 1), tuple(4, 1));
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
        define.significantTokens().stream().filter(t -> t.isWord("ASSERT")).findFirst().orElseThrow();
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
    assertThatThrownBy(() -> StatementSplitter.split("DEFINE FUNCTION fn::f() {\n RETURN 1;\n", "m.surql", 3))
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
    assertThat(statements.get(1).significantTokens().get(6))
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
    assertThat(statement.tokens().stream().map(Token::text).collect(Collectors.joining()))
        .isEqualTo(statement.text());
    assertThat(statement.significantTokens())
        .extracting(Token::type, Token::value)
        .containsExactly(
            tuple(TokenType.WORD, "REMOVE"),
            tuple(TokenType.WORD, "TABLE"),
            tuple(TokenType.WORD, "IF"),
            tuple(TokenType.WORD, "EXISTS"),
            tuple(TokenType.ESCAPED_IDENTIFIER, "x"));
    assertThat(statement.keyword()).isEqualTo("REMOVE");
    assertThat(statement.tokens()).isUnmodifiable();
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
    assertThatThrownBy(() -> StatementSplitter.split("a", FILE, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Timeout(30)
  void splitsAMegabyteQuickly() {
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
    StatementSplitter.split(source, FILE); // warm up
    long start = System.nanoTime();
    List<Statement> statements = StatementSplitter.split(source, FILE);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(statements).hasSize(count);
    // Generous for busy CI machines; a quadratic splitter would take minutes here.
    assertThat(millis).isLessThan(3_000);

    // One huge string and one huge comment are linear too.
    String bigString = "SELECT '" + "x;".repeat(500_000) + "';";
    assertThat(StatementSplitter.split(bigString, FILE)).hasSize(1);
    String bigComment = "/*" + "\\;'".repeat(300_000) + "*/ SELECT 1";
    assertThat(StatementSplitter.split(bigComment, FILE)).extracting(Statement::text).containsExactly("SELECT 1");
  }
}
