package dev.surql.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbbreviationTest {

  @Test
  void text_up_to_the_limit_is_kept_and_longer_text_is_cut_and_marked() {
    assertThat(Abbreviation.abbreviate("abcdef", 6)).isEqualTo("abcdef");
    assertThat(Abbreviation.abbreviate("abcdefg", 6)).isEqualTo("abcdef…");
    assertThat(Abbreviation.abbreviate("", 0)).isEmpty();
    assertThat(Abbreviation.abbreviate("a", 0)).isEqualTo("…");
  }

  @Test
  void one_line_collapses_whitespace_before_counting() {
    assertThat(Abbreviation.oneLine("  DEFINE FIELD\n\t a  ON user  ", 100))
        .isEqualTo("DEFINE FIELD a ON user");
    assertThat(Abbreviation.oneLine("DEFINE\n\nFIELD a ON user", 12)).isEqualTo("DEFINE FIELD…");
  }

  @Test
  void a_negative_limit_is_refused() {
    assertThatThrownBy(() -> Abbreviation.abbreviate("x", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
