package dev.surql.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ScanOptionsTest {

  @Test
  void defaults_accept_every_file_at_any_depth() {
    ScanOptions scan = ScanOptions.defaults();
    assertThat(scan.isDefault()).isTrue();
    assertThat(scan.recursive()).isTrue();
    assertThat(scan.accepts("20260101_090000_a.surql")).isTrue();
    assertThat(scan.accepts("archive/old/20260101_090000_a.surql")).isTrue();
    assertThat(scan).hasToString("recursive");
  }

  @Test
  void non_recursive_accepts_only_files_directly_in_the_location() {
    ScanOptions scan = ScanOptions.defaults().withRecursive(false);
    assertThat(scan.accepts("20260101_090000_a.surql")).isTrue();
    assertThat(scan.accepts("original/20260101_090000_a.surql")).isFalse();
    assertThat(scan.accepts("original\\20260101_090000_a.surql")).isFalse();
    assertThat(scan).hasToString("not recursive");
  }

  @Test
  void a_pattern_without_slash_matches_any_single_name_on_the_path() {
    ScanOptions scan = ScanOptions.defaults().withExclude("archive", "*.seed.surql");
    assertThat(scan.accepts("archive/20260101_090000_a.surql")).isFalse();
    assertThat(scan.accepts("v1/archive/20260101_090000_a.surql")).isFalse();
    assertThat(scan.accepts("v1/20260101_090000_a.seed.surql")).isFalse();
    assertThat(scan.accepts("archived/20260101_090000_a.surql")).isTrue();
    assertThat(scan.accepts("20260101_090000_a.surql")).isTrue();
  }

  @Test
  void a_pattern_with_slash_matches_the_relative_path_or_one_of_its_directories() {
    ScanOptions scan = ScanOptions.defaults().withExclude("legacy/v1", "seed/**", "./original/");
    assertThat(scan.accepts("legacy/v1/20260101_090000_a.surql")).isFalse();
    assertThat(scan.accepts("legacy/v1/deeper/20260101_090000_a.surql")).isFalse();
    assertThat(scan.accepts("legacy/v2/20260101_090000_a.surql")).isTrue();
    assertThat(scan.accepts("seed/x/20260101_090000_a.surql")).isFalse();
    assertThat(scan.accepts("original/20260101_090000_a.surql")).isFalse();
    assertThat(scan.accepts("other/seed/20260101_090000_a.surql")).isTrue();
    assertThat(scan).hasToString("exclude legacy/v1, seed/**, original");
  }

  @Test
  void include_keeps_only_matching_files_and_exclude_wins_over_include() {
    ScanOptions scan =
        ScanOptions.defaults().withInclude("2026*", "current/**").withExclude("*_draft.surql");
    assertThat(scan.accepts("20260101_090000_a.surql")).isTrue();
    assertThat(scan.accepts("20250101_090000_a.surql")).isFalse();
    assertThat(scan.accepts("current/20250101_090000_a.surql")).isTrue();
    assertThat(scan.accepts("20260101_090000_a_draft.surql")).isFalse();
    assertThat(scan).hasToString("include 2026*, current/**; exclude *_draft.surql");
  }

  @Test
  void bad_patterns_are_refused_with_what_to_write_instead() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScanOptions.defaults().withExclude(" "))
        .withMessage("Empty exclude pattern: give a glob such as archive or **/seed/*.surql");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScanOptions.defaults().withInclude("/archive/**"))
        .withMessage(
            "The include pattern '/archive/**' starts with '/': patterns are relative to the migration"
                + " location, e.g. archive/** rather than /archive/**");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScanOptions.defaults().withExclude("{a,b"))
        .withMessageStartingWith("The exclude pattern '{a,b' is not a valid glob: ");
  }
}
