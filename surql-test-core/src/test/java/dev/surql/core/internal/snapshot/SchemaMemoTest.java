package dev.surql.core.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMemoTest {

  @Test
  void a_value_is_derived_once_per_object_and_equal_objects_get_their_own() {
    List<String> derivedFrom = new ArrayList<>();
    SchemaMemo<List<String>, String> memo =
        SchemaMemo.of(
            10,
            key -> {
              derivedFrom.add(String.join(",", key));
              return "value of " + key;
            });
    List<String> first = List.of("a", "b");
    List<String> equalButOther = new ArrayList<>(first);

    assertThat(memo.get(first)).isEqualTo("value of [a, b]");
    assertThat(memo.get(first)).isEqualTo("value of [a, b]");
    assertThat(derivedFrom).containsExactly("a,b");
    // equal content, another object: derived again (identity, not equality, is the key)
    assertThat(memo.get(equalButOther)).isEqualTo("value of [a, b]");
    assertThat(derivedFrom).containsExactly("a,b", "a,b");
  }

  @Test
  void the_least_recently_used_objects_are_dropped_beyond_the_limit() {
    List<Object> derivedFrom = new ArrayList<>();
    SchemaMemo<Object, Integer> memo =
        SchemaMemo.of(
            2,
            key -> {
              derivedFrom.add(key);
              return derivedFrom.size();
            });
    Object one = new Object();
    Object two = new Object();
    Object three = new Object();
    memo.get(one);
    memo.get(two);
    memo.get(one); // one is now more recently used than two
    memo.get(three); // drops two

    assertThat(memo.get(one)).isEqualTo(1);
    assertThat(memo.get(three)).isEqualTo(3);
    assertThat(memo.get(two)).isEqualTo(4);
    assertThat(derivedFrom).containsExactly(one, two, three, two);
  }

  @Test
  void a_limit_below_one_is_refused() {
    assertThatThrownBy(() -> SchemaMemo.of(0, key -> key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
