package dev.surql.core.internal.migration;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version and default description a migration file's name gives: {@code
 * YYYYMMDD_HHMMSS_description.surql} (a real date and time) or {@code V1_2__description.surql},
 * with {@code .up.surql}/{@code .down.surql} for a pair of files.
 *
 * @param version the version the name gives
 * @param description the rest of the name, underscores read as spaces
 */
record MigrationFileName(String version, String description) {

  static final String SUFFIX = ".surql";
  static final String DOWN_SUFFIX = ".down.surql";
  static final String UP_SUFFIX = ".up.surql";

  private static final Pattern TIMESTAMP_NAME = Pattern.compile("^(\\d{8}_\\d{6})(?:_(.*))?$");
  private static final Pattern TIMESTAMP_LIKE = Pattern.compile("^\\d{8}_\\d+(?:_.*)?$");
  private static final Pattern NUMBERED_NAME =
      Pattern.compile("^[Vv]?(\\d+(?:\\.\\d+)*)(?:__?(.*))?$");
  private static final Pattern VERSION = Pattern.compile("^(?:\\d{8}_\\d{6}|\\d+(?:\\.\\d+)*)$");
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** Whether {@code text} is a version: {@code YYYYMMDD_HHMMSS} or a dotted number. */
  static boolean isVersion(String text) {
    return VERSION.matcher(text).matches();
  }

  /**
   * The version and description of {@code file}'s name; empty after reporting a bad name to {@code
   * collector}.
   */
  static Optional<MigrationFileName> parse(SourceFile file, MigrationCollector collector) {
    String name = file.relativeName().substring(file.relativeName().lastIndexOf('/') + 1);
    String base = baseName(name);
    Matcher timestamp = TIMESTAMP_NAME.matcher(base);
    if (timestamp.matches()) {
      String version = timestamp.group(1);
      try {
        LocalDateTime.parse(version, TIMESTAMP);
      } catch (DateTimeParseException e) {
        collector.problem(
            file.displayName(),
            0,
            "invalid version "
                + version
                + " in file name "
                + name
                + ": not a real date and time (expected YYYYMMDD_HHMMSS, e.g. 20260109_120000)");
        return Optional.empty();
      }
      return Optional.of(new MigrationFileName(version, description(timestamp.group(2))));
    }
    if (TIMESTAMP_LIKE.matcher(base).matches()) {
      collector.problem(
          file.displayName(),
          0,
          "invalid version in file name "
              + name
              + ": expected YYYYMMDD_HHMMSS_description.surql (6 digits for the time), e.g. 20260109_120000_create_user.surql");
      return Optional.empty();
    }
    Matcher numbered = NUMBERED_NAME.matcher(base);
    if (numbered.matches()) {
      return Optional.of(new MigrationFileName(numbered.group(1), description(numbered.group(2))));
    }
    collector.problem(
        file.displayName(),
        0,
        "bad migration file name "
            + name
            + ": expected YYYYMMDD_HHMMSS_description.surql (e.g. 20260109_120000_create_user.surql),"
            + " or V_description.surql with a V_description.down.surql file");
    return Optional.empty();
  }

  private static String description(String raw) {
    return raw == null ? "" : raw.replace('_', ' ').strip();
  }

  static String baseName(String relativeName) {
    if (relativeName.endsWith(UP_SUFFIX)) {
      return relativeName.substring(0, relativeName.length() - UP_SUFFIX.length());
    }
    return relativeName.substring(0, relativeName.length() - SUFFIX.length());
  }
}
