package dev.surql.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SurqlLexerTest {

  private static List<Token> significant(String source) {
    return SurqlLexer.tokenize(source, "t.surql").stream()
        .filter(Token::isSignificant)
        .collect(Collectors.toList());
  }

  @Test
  void concatenatedTokenTextReproducesTheSource() {
    String source =
        "DEFINE FIELD OVERWRITE name ON user TYPE string ASSERT $value != NONE; -- c\r\n"
            + "/* block */ SELECT * FROM ⟨weird;name⟩, `a;b` WHERE x = 'it\\'s' # end\n"
            + "LET $p = r\"user:1\"; RETURN 1.5e-3 + 10dec - 1h30m;";
    List<Token> tokens = SurqlLexer.tokenize(source, "t.surql");
    assertThat(tokens.stream().map(Token::text).collect(Collectors.joining())).isEqualTo(source);
  }

  @Test
  void classifiesTokens() {
    assertThat(significant("REMOVE TABLE IF EXISTS user;"))
        .extracting(Token::type, Token::text)
        .containsExactly(
            tuple(TokenType.WORD, "REMOVE"),
            tuple(TokenType.WORD, "TABLE"),
            tuple(TokenType.WORD, "IF"),
            tuple(TokenType.WORD, "EXISTS"),
            tuple(TokenType.WORD, "user"),
            tuple(TokenType.SEMICOLON, ";"));

    assertThat(significant("$x->likes<-y <= 1.5 :: fn::a(1, [2]) {a: 3}"))
        .extracting(Token::type, Token::text)
        .containsExactly(
            tuple(TokenType.PARAMETER, "$x"),
            tuple(TokenType.OPERATOR, "->"),
            tuple(TokenType.WORD, "likes"),
            tuple(TokenType.OPERATOR, "<-"),
            tuple(TokenType.WORD, "y"),
            tuple(TokenType.OPERATOR, "<="),
            tuple(TokenType.NUMBER, "1.5"),
            tuple(TokenType.OPERATOR, "::"),
            tuple(TokenType.WORD, "fn"),
            tuple(TokenType.OPERATOR, "::"),
            tuple(TokenType.WORD, "a"),
            tuple(TokenType.OPEN, "("),
            tuple(TokenType.NUMBER, "1"),
            tuple(TokenType.OPERATOR, ","),
            tuple(TokenType.OPEN, "["),
            tuple(TokenType.NUMBER, "2"),
            tuple(TokenType.CLOSE, "]"),
            tuple(TokenType.CLOSE, ")"),
            tuple(TokenType.OPEN, "{"),
            tuple(TokenType.WORD, "a"),
            tuple(TokenType.OPERATOR, ":"),
            tuple(TokenType.NUMBER, "3"),
            tuple(TokenType.CLOSE, "}"));
  }

  @Test
  void numbersKeepTheirSuffixesAndRangesStaySeparate() {
    assertThat(significant("1..5 1e10 2.5E+3 1h30m 10dec 1_000 5µs"))
        .extracting(Token::type, Token::text)
        .containsExactly(
            tuple(TokenType.NUMBER, "1"),
            tuple(TokenType.OPERATOR, ".."),
            tuple(TokenType.NUMBER, "5"),
            tuple(TokenType.NUMBER, "1e10"),
            tuple(TokenType.NUMBER, "2.5E+3"),
            tuple(TokenType.NUMBER, "1h30m"),
            tuple(TokenType.NUMBER, "10dec"),
            tuple(TokenType.NUMBER, "1_000"),
            tuple(TokenType.NUMBER, "5µs"));
  }

  @Test
  void parameterValueIsTheNameWithoutDollar() {
    Token param = significant("$value").get(0);
    assertThat(param.type()).isEqualTo(TokenType.PARAMETER);
    assertThat(param.text()).isEqualTo("$value");
    assertThat(param.value()).isEqualTo("value");
  }

  @Test
  void isWordIgnoresCaseAndOnlyMatchesBareWords() {
    List<Token> tokens = significant("remove `table` 'table'");
    assertThat(tokens.get(0).isWord("REMOVE")).isTrue();
    assertThat(tokens.get(0).isWord("Remove")).isTrue();
    assertThat(tokens.get(0).isWord("REMOV")).isFalse();
    assertThat(tokens.get(1).isWord("table")).isFalse();
    assertThat(tokens.get(2).isWord("table")).isFalse();
  }

  @Test
  void isSignificantExcludesCommentsAndWhitespace() {
    List<Token> tokens = SurqlLexer.tokenize("a -- c\n b", "t");
    assertThat(tokens)
        .extracting(Token::type, Token::isSignificant)
        .containsExactly(
            tuple(TokenType.WORD, true),
            tuple(TokenType.WHITESPACE, false),
            tuple(TokenType.COMMENT, false),
            tuple(TokenType.WHITESPACE, false),
            tuple(TokenType.WORD, true));
  }

  @Test
  void stringsAreUnescaped() {
    List<Token> tokens =
        significant("'it\\'s; \"q\"' \"say \\\"hi\\\";\\n\\t\\\\\" 'a\\u0041\\u{1F600}b' 'x\\qy'");
    assertThat(tokens).extracting(Token::type).containsOnly(TokenType.STRING);
    assertThat(tokens)
        .extracting(Token::value)
        .containsExactly("it's; \"q\"", "say \"hi\";\n\t\\", "aA\uD83D\uDE00b", "xqy");
    assertThat(tokens.get(0).text()).isEqualTo("'it\\'s; \"q\"'");
  }

  @Test
  void prefixedStringsAreOneStringToken() {
    List<Token> tokens =
        significant(
            "r\"user:1\" d'2026-01-01T00:00:00Z' u\"0190-ab\" s'x;y' t\"t\" b\"00\" f\"a:/b\"");
    assertThat(tokens)
        .extracting(Token::type, Token::text, Token::value)
        .containsExactly(
            tuple(TokenType.STRING, "r\"user:1\"", "user:1"),
            tuple(TokenType.STRING, "d'2026-01-01T00:00:00Z'", "2026-01-01T00:00:00Z"),
            tuple(TokenType.STRING, "u\"0190-ab\"", "0190-ab"),
            tuple(TokenType.STRING, "s'x;y'", "x;y"),
            tuple(TokenType.STRING, "t\"t\"", "t"),
            tuple(TokenType.STRING, "b\"00\"", "00"),
            tuple(TokenType.STRING, "f\"a:/b\"", "a:/b"));
    // A longer word followed by a quote is not a prefix.
    assertThat(significant("rr'x'"))
        .extracting(Token::type)
        .containsExactly(TokenType.WORD, TokenType.STRING);
  }

  @Test
  void escapedIdentifiers() {
    List<Token> tokens = significant("`weird; \\` name` ⟨a;b \\⟩ c⟩ ⟨😀⟩");
    assertThat(tokens)
        .extracting(Token::type, Token::value)
        .containsExactly(
            tuple(TokenType.ESCAPED_IDENTIFIER, "weird; ` name"),
            tuple(TokenType.ESCAPED_IDENTIFIER, "a;b ⟩ c"),
            tuple(TokenType.ESCAPED_IDENTIFIER, "😀"));
  }

  @Test
  void everyCommentStyle() {
    List<Token> tokens =
        SurqlLexer.tokenize("-- a;'b\n// c;\"d\n# e;`f\n/* g;'h\n ⟨i */x", "t").stream()
            .filter(t -> t.type() == TokenType.COMMENT)
            .collect(Collectors.toList());
    assertThat(tokens)
        .extracting(Token::text, Token::line, Token::column)
        .containsExactly(
            tuple("-- a;'b", 1, 1),
            tuple("// c;\"d", 2, 1),
            tuple("# e;`f", 3, 1),
            tuple("/* g;'h\n ⟨i */", 4, 1));
  }

  @Test
  void regexLiteralAfterAnOperatorIsOneToken() {
    List<Token> tokens = significant("$value = /^[^\";']+\\/x$/ AND a / b");
    assertThat(tokens)
        .extracting(Token::type, Token::text)
        .containsExactly(
            tuple(TokenType.PARAMETER, "$value"),
            tuple(TokenType.OPERATOR, "="),
            tuple(TokenType.STRING, "/^[^\";']+\\/x$/"),
            tuple(TokenType.WORD, "AND"),
            tuple(TokenType.WORD, "a"),
            tuple(TokenType.OPERATOR, "/"),
            tuple(TokenType.WORD, "b"));
    assertThat(tokens.get(2).value()).isEqualTo("^[^\";']+\\/x$");
    // As in SurrealDB a regex may span lines; without a closing slash at all it is a division
    // operator.
    assertThat(significant("x = / 1 +\n 2 / 3"))
        .extracting(Token::type, Token::value)
        .containsExactly(
            tuple(TokenType.WORD, "x"),
            tuple(TokenType.OPERATOR, "="),
            tuple(TokenType.STRING, " 1 +\n 2 "),
            tuple(TokenType.NUMBER, "3"));
    assertThat(significant("x = / 1 + 2")).extracting(Token::type).doesNotContain(TokenType.STRING);
  }

  @Test
  void javaScriptFunctionBodyIsOneScriptToken() {
    List<Token> tokens =
        significant(
            "RETURN function(1) { return '}' /* { */; }.x; DEFINE FUNCTION fn::f() { RETURN 1 }");
    assertThat(tokens)
        .extracting(Token::type, Token::text)
        .startsWith(
            tuple(TokenType.WORD, "RETURN"),
            tuple(TokenType.WORD, "function"),
            tuple(TokenType.OPEN, "("),
            tuple(TokenType.NUMBER, "1"),
            tuple(TokenType.CLOSE, ")"),
            tuple(TokenType.SCRIPT, "{ return '}' /* { */; }"),
            tuple(TokenType.OPERATOR, "."));
    assertThat(tokens.get(5).value()).isEqualTo(" return '}' /* { */; ");
    assertThat(tokens).filteredOn(t -> t.type() == TokenType.SCRIPT).hasSize(1);
  }

  @Test
  void tracksLinesAndColumnsInCodePoints() {
    List<Token> tokens = significant("a 😀 b\n\tcc\r\n  'x\ny' d\r e");
    assertThat(tokens)
        .extracting(Token::text, Token::line, Token::column)
        .containsExactly(
            tuple("a", 1, 1),
            tuple("😀", 1, 3),
            tuple("b", 1, 5),
            tuple("cc", 2, 2),
            tuple("'x\ny'", 3, 3),
            tuple("d", 4, 4),
            tuple("e", 5, 2));
    assertThat(tokens.get(2).offset()).isEqualTo(5);
  }

  @Test
  void emptyInputHasNoTokens() {
    assertThat(SurqlLexer.tokenize("", "t")).isEmpty();
  }

  static Stream<Arguments> unterminated() {
    return Stream.of(
        arguments("SELECT 'abc;", "1:8", "unterminated string literal starting here"),
        arguments("SELECT \"a\\\"", "1:8", "unterminated string literal starting here"),
        arguments("SELECT 'a\\", "1:8", "unterminated string literal starting here"),
        arguments("x = r'abc", "1:5", "unterminated string literal starting here"),
        arguments("a /* never closed", "1:3", "unterminated block comment starting here"),
        arguments("a /* x *", "1:3", "unterminated block comment starting here"),
        arguments("`abc", "1:1", "unterminated escaped identifier starting here"),
        arguments("x `a\\`", "1:3", "unterminated escaped identifier starting here"),
        arguments("⟨abc \\⟩", "1:1", "unterminated escaped identifier starting here"),
        arguments(
            "{ (",
            "1:3",
            "unterminated block starting here: '(' has no matching ')' before the end of the input"),
        arguments(
            "DEFINE FUNCTION fn::a() {\n  RETURN [1, 2];\n",
            "1:25",
            "unterminated block starting here: '{' has no matching '}' before the end of the input"),
        arguments("a )", "1:3", "unexpected ')' without a matching '('"),
        arguments("a }", "1:3", "unexpected '}' without a matching '{'"),
        arguments("a ]", "1:3", "unexpected ']' without a matching '['"),
        arguments("{ ]", "1:3", "mismatched ']': expected '}' to close the '{' at 1:1"));
  }

  @ParameterizedTest
  @MethodSource("unterminated")
  void unterminatedConstructsReportWhereTheyStart(String source, String position, String detail) {
    assertThatThrownBy(() -> SurqlLexer.tokenize(source, "m.surql"))
        .isInstanceOf(SurqlSyntaxException.class)
        .hasMessage("m.surql:" + position + ": " + detail);
  }

  @Test
  void syntaxExceptionCarriesCodeAndPosition() {
    assertThatThrownBy(() -> SurqlLexer.tokenize("ok;\n  😀 'never", "f.surql"))
        .isInstanceOfSatisfying(
            SurqlSyntaxException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_INVALID);
              assertThat(e).isInstanceOf(SurqlException.class);
              assertThat(e.origin()).isEqualTo("f.surql");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(5);
              assertThat(e).hasMessage("f.surql:2:5: unterminated string literal starting here");
            });
  }

  @Test
  void nullOriginIsLabelledInput() {
    assertThatThrownBy(() -> SurqlLexer.tokenize("'", null))
        .hasMessageStartingWith("<input>:1:1: ");
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    List<Token> tokens = SurqlLexer.tokenize("x𝔘y", "t");
    assertThat(tokens).extracting(Token::text).containsExactly("x𝔘y");
    List<Token> ops = significant("a 🚀 b");
    assertThat(ops.get(1))
        .extracting(Token::type, Token::text, Token::column)
        .containsExactly(TokenType.OPERATOR, "🚀", 3);
  }
}
