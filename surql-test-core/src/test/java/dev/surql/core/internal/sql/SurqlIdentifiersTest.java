package dev.surql.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.migration.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurqlIdentifiersTest {

  @Test
  void escapeAlwaysQuotes() {
    assertThat(SurqlIdentifiers.escape("user")).isEqualTo("`user`");
    assertThat(SurqlIdentifiers.escape("my table")).isEqualTo("`my table`");
    assertThat(SurqlIdentifiers.escape("a`b\\c")).isEqualTo("`a\\`b\\\\c`");
    assertThat(SurqlIdentifiers.escape("⟨😀⟩")).isEqualTo("`⟨😀⟩`");
  }

  @Test
  void escapeIfNeededLeavesPlainNamesBare() {
    assertThat(SurqlIdentifiers.escapeIfNeeded("user")).isEqualTo("user");
    assertThat(SurqlIdentifiers.escapeIfNeeded("created_at")).isEqualTo("created_at");
    assertThat(SurqlIdentifiers.escapeIfNeeded("_x9")).isEqualTo("_x9");
    assertThat(SurqlIdentifiers.escapeIfNeeded("in")).isEqualTo("in");
  }

  @Test
  void escapeIfNeededQuotesEverythingElse() {
    assertThat(SurqlIdentifiers.escapeIfNeeded("9lives")).isEqualTo("`9lives`");
    assertThat(SurqlIdentifiers.escapeIfNeeded("user-table")).isEqualTo("`user-table`");
    assertThat(SurqlIdentifiers.escapeIfNeeded("user.name")).isEqualTo("`user.name`");
    assertThat(SurqlIdentifiers.escapeIfNeeded("café")).isEqualTo("`café`");
    assertThat(SurqlIdentifiers.escapeIfNeeded("select")).isEqualTo("`select`");
    assertThat(SurqlIdentifiers.escapeIfNeeded("TABLE")).isEqualTo("`TABLE`");
    assertThat(SurqlIdentifiers.escapeIfNeeded("None")).isEqualTo("`None`");
    assertThat(SurqlIdentifiers.escapeIfNeeded("value")).isEqualTo("`value`");
    assertThat(SurqlIdentifiers.escapeIfNeeded("and")).isEqualTo("`and`");
  }

  @Test
  void injectionAttemptStaysOneIdentifier() {
    String attack = "x`; REMOVE TABLE y; --";
    String escaped = SurqlIdentifiers.escapeIfNeeded(attack);
    assertThat(escaped).isEqualTo("`x\\`; REMOVE TABLE y; --`");
    assertThat(SurqlIdentifiers.escape(attack)).isEqualTo(escaped);

    List<Statement> statements = StatementSplitter.split("REMOVE TABLE " + escaped + ";", "gen");
    assertThat(statements).hasSize(1);
    List<Token> tokens = Statements.significantTokens(statements.get(0));
    assertThat(tokens).hasSize(3);
    assertThat(tokens.get(2).type()).isEqualTo(TokenType.ESCAPED_IDENTIFIER);
    assertThat(tokens.get(2).value()).isEqualTo(attack);
  }

  @Test
  void backslashAtTheEndCannotEscapeTheClosingBacktick() {
    String attack = "x\\";
    String escaped = SurqlIdentifiers.escape(attack);
    assertThat(escaped).isEqualTo("`x\\\\`");
    List<Token> tokens =
        Statements.significantTokens(
            StatementSplitter.split("REMOVE TABLE " + escaped + "; REMOVE TABLE z", "gen").get(0));
    assertThat(tokens.get(2).value()).isEqualTo(attack);
  }

  @Test
  void roundTripsThroughTheLexer() {
    for (String name : List.of("a", "weird name", "a`b", "\\", "``", "line\nbreak", "😀", "⟩;")) {
      Token token = SurqlLexer.tokenize(SurqlIdentifiers.escape(name), "gen").get(0);
      assertThat(token.type()).isEqualTo(TokenType.ESCAPED_IDENTIFIER);
      assertThat(token.value()).isEqualTo(name);
    }
  }

  @Test
  void rejectsEmptyNulAndNull() {
    assertThatThrownBy(() -> SurqlIdentifiers.escape(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SurqlIdentifiers.escapeIfNeeded(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SurqlIdentifiers.escape("a\0b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SurqlIdentifiers.escapeIfNeeded("a\0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SurqlIdentifiers.escape(null))
        .isInstanceOf(NullPointerException.class);
  }
}
