package dev.surql.core.rule;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check found, named by its {@link Rule}: the migration it concerns, what was found,
 * where, and what to do. Every output (table, JSON, Markdown, SARIF, JUnit XML, annotations)
 * renders findings; an {@code -- @allow: SQxxx reason} line before the statement marks a finding as
 * accepted, and it is then reported as allowed with that reason.
 *
 * <p>Build one with {@link #of(Rule, String, String)} and the {@code with…} methods, so that a new
 * attribute is never a breaking change.
 */
public final class Finding {

  private final Rule rule;
  private final RuleLevel level;
  private final String version;
  private final String message;
  private final Optional<SourceLocation> location;
  private final Optional<String> hint;
  private final Optional<String> allowedBecause;
  private final Optional<String> surrealVersion;

  private Finding(
      Rule rule,
      RuleLevel level,
      String version,
      String message,
      Optional<SourceLocation> location,
      Optional<String> hint,
      Optional<String> allowedBecause,
      Optional<String> surrealVersion) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.level = Objects.requireNonNull(level, "level");
    this.version = Objects.requireNonNull(version, "version");
    this.message = Objects.requireNonNull(message, "message");
    this.location = Objects.requireNonNull(location, "location");
    this.hint = Objects.requireNonNull(hint, "hint");
    this.allowedBecause = Objects.requireNonNull(allowedBecause, "allowedBecause");
    this.surrealVersion = Objects.requireNonNull(surrealVersion, "surrealVersion");
  }

  /**
   * A finding at the rule's default level.
   *
   * @param rule what kind of finding
   * @param version the migration's version, or an empty string for a finding about the whole set
   * @param message what was found, in a sentence
   */
  public static Finding of(Rule rule, String version, String message) {
    return new Finding(
        rule,
        rule.level(),
        version,
        message,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** This finding at {@code location}. */
  public Finding withLocation(SourceLocation location) {
    return new Finding(
        rule, level, version, message, Optional.of(location), hint, allowedBecause, surrealVersion);
  }

  /** This finding with a hint saying what to do. */
  public Finding withHint(String hint) {
    return new Finding(
        rule, level, version, message, location, Optional.of(hint), allowedBecause, surrealVersion);
  }

  /** This finding at another level than the rule's default. */
  public Finding withLevel(RuleLevel level) {
    return new Finding(
        rule, level, version, message, location, hint, allowedBecause, surrealVersion);
  }

  /** This finding, accepted by an {@code @allow} line with {@code reason}. */
  public Finding allowedBecause(String reason) {
    return new Finding(
        rule, level, version, message, location, hint, Optional.of(reason), surrealVersion);
  }

  /** This finding as proven on a SurrealDB release line or version, e.g. {@code 3.0}. */
  public Finding onSurrealDb(String surrealVersion) {
    return new Finding(
        rule, level, version, message, location, hint, allowedBecause, Optional.of(surrealVersion));
  }

  public Rule rule() {
    return rule;
  }

  public RuleLevel level() {
    return level;
  }

  /** The migration's version, or an empty string for a finding about the whole set. */
  public String version() {
    return version;
  }

  public String message() {
    return message;
  }

  public Optional<SourceLocation> location() {
    return location;
  }

  public Optional<String> hint() {
    return hint;
  }

  /** The reason given by the {@code @allow} line that accepted this finding, if any. */
  public Optional<String> allowedBecause() {
    return allowedBecause;
  }

  /** Whether an {@code @allow} line accepted this finding. */
  public boolean isAllowed() {
    return allowedBecause.isPresent();
  }

  /** The SurrealDB version the finding was proven on, where it depends on one. */
  public Optional<String> surrealVersion() {
    return surrealVersion;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && rule == f.rule
        && level == f.level
        && version.equals(f.version)
        && message.equals(f.message)
        && location.equals(f.location)
        && hint.equals(f.hint)
        && allowedBecause.equals(f.allowedBecause)
        && surrealVersion.equals(f.surrealVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        rule, level, version, message, location, hint, allowedBecause, surrealVersion);
  }

  /** {@code SQ101 remove-table [file:line] message}. */
  @Override
  public String toString() {
    return rule.label()
        + location.map(l -> " [" + l + "]").orElse("")
        + " "
        + message
        + allowedBecause.map(r -> " (allowed: " + r + ")").orElse("");
  }
}
