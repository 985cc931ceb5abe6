package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class PlaceholdersTest {
  private static final Function<String, Optional<String>> LOOKUP =
      name -> Optional.ofNullable(Map.of("dir", "db/migrations", "ns", "shop").get(name));

  @Test
  void replaces_every_placeholder_and_keeps_the_rest() {
    assertThat(Placeholders.expand("filesystem:${dir}/${ns}", LOOKUP, "a"))
        .isEqualTo("filesystem:db/migrations/shop");
    assertThat(Placeholders.expand("classpath:db/migrations", LOOKUP, "a"))
        .isEqualTo("classpath:db/migrations");
  }

  @Test
  void uses_the_default_only_when_the_name_is_set_nowhere() {
    assertThat(Placeholders.expand("${dir:-other}", LOOKUP, "a")).isEqualTo("db/migrations");
    assertThat(Placeholders.expand("${missing:-src/main/resources/db}", LOOKUP, "a"))
        .isEqualTo("src/main/resources/db");
    assertThat(Placeholders.expand("${missing:-}x", LOOKUP, "a")).isEqualTo("x");
  }

  @Test
  void a_doubled_dollar_keeps_the_placeholder_literally() {
    assertThat(Placeholders.expand("$${dir}/${ns}", LOOKUP, "a")).isEqualTo("${dir}/shop");
  }

  @Test
  void an_empty_name_is_refused() {
    assertThatThrownBy(
            () -> Placeholders.expand("${ }", LOOKUP, "@SurqlMigrationTest(migrations = \"${ }\")"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@SurqlMigrationTest(migrations = \"${ }\"): empty placeholder ${ }. Name a configuration"
                + " parameter, system property or environment variable, e.g. ${migrations.dir}.");
  }
}
