package dev.surql.core.internal.report;

import dev.surql.core.rule.Finding;
import dev.surql.core.verify.CheckResult;
import dev.surql.core.verify.MigrationCheck;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.TimelineStep;
import dev.surql.core.verify.VerificationReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A verification as JUnit XML, for CI systems that read test reports: one test case per migration
 * and check (named by the migration, so {@code classname} is the migration and {@code name} the
 * check), one per check about the whole set, and one per migration for findings outside the checks
 * (the rollback analysis of its down, unused {@code @allow} lines, further checks). A test case
 * fails with the findings that fail it, each under its rule code; other findings of the case are in
 * its {@code system-out}.
 */
public final class JUnitXmlReport {
  private static final Set<MigrationCheck> ABOUT_THE_SET =
      EnumSet.of(MigrationCheck.SINGLE_HEAD, MigrationCheck.NO_CHECKSUM_DRIFT);
  private static final String OTHER = "rollback analysis and other findings";
  private static final String SET = "migration set";

  private final boolean timings;

  private JUnitXmlReport(boolean timings) {
    this.timings = timings;
  }

  /** The report with each test case's time. */
  public static JUnitXmlReport withTimings() {
    return new JUnitXmlReport(true);
  }

  /** The report with every time 0, so that two runs give the same bytes. */
  public static JUnitXmlReport withoutTimings() {
    return new JUnitXmlReport(false);
  }

  /** One test case, as written. */
  private record Case(
      String classname, String name, Duration time, List<Finding> findings, String context) {
    Case(String classname, String name, Duration time, List<Finding> findings) {
      this(classname, name, time, findings, "");
    }

    List<Finding> failures() {
      return findings.stream().filter(Findings::fails).toList();
    }
  }

  /** The report of a verification. */
  public String render(VerificationReport report) {
    Objects.requireNonNull(report, "report");
    return xml("surql verify " + report.location(), report.duration(), cases(report));
  }

  /**
   * The report of a version matrix: one test suite per SurrealDB release line, named {@code
   * surql-verify [SurrealDB <line>]} and carrying the line and server version as properties, with
   * the test cases of that line's verification; each test case's name and failure message name the
   * line too, so that the cases of two lines stay apart where a CI system lists them together.
   *
   * @param lines each report's release line, e.g. {@code 3.0}, in the order of {@code reports}
   * @param reports each line's verification
   */
  public String renderMatrix(List<String> lines, List<VerificationReport> reports) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(reports, "reports");
    if (lines.size() != reports.size()) {
      throw new IllegalArgumentException(
          lines.size() + " release lines for " + reports.size() + " reports");
    }
    List<List<Case>> suites = new ArrayList<>();
    Duration total = Duration.ZERO;
    for (int i = 0; i < reports.size(); i++) {
      String context = "SurrealDB " + lines.get(i);
      suites.add(
          cases(reports.get(i)).stream()
              .map(
                  c ->
                      new Case(
                          c.classname(),
                          c.name() + " [" + context + "]",
                          c.time(),
                          c.findings(),
                          context))
              .toList());
      total = total.plus(reports.get(i).duration());
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    List<Case> all = suites.stream().flatMap(List::stream).toList();
    xml.append("<testsuites name=\"surql\"");
    totals(xml, all, total);
    xml.append(">\n");
    for (int i = 0; i < reports.size(); i++) {
      VerificationReport report = reports.get(i);
      xml.append("  <testsuite name=\"")
          .append(escape("surql-verify [SurrealDB " + lines.get(i) + "]"))
          .append('"');
      totals(xml, suites.get(i), report.duration());
      xml.append(">\n");
      xml.append("    <properties>\n")
          .append("      <property name=\"surrealdb\" value=\"")
          .append(escape(lines.get(i)))
          .append("\"/>\n")
          .append("      <property name=\"serverVersion\" value=\"")
          .append(escape(report.serverVersion()))
          .append("\"/>\n")
          .append("      <property name=\"location\" value=\"")
          .append(escape(report.location()))
          .append("\"/>\n")
          .append("    </properties>\n");
      suites.get(i).forEach(c -> testcase(xml, c));
      xml.append("  </testsuite>\n");
    }
    xml.append("</testsuites>\n");
    return xml.toString();
  }

  /** {@code tests=… failures=… errors="0" skipped="0" time=…} of a list of test cases. */
  private void totals(StringBuilder xml, List<Case> cases, Duration total) {
    long failures = cases.stream().filter(c -> !c.failures().isEmpty()).count();
    xml.append(" tests=\"")
        .append(cases.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"0\" time=\"")
        .append(time(total))
        .append('"');
  }

  /** The test cases of a verification. */
  private static List<Case> cases(VerificationReport report) {
    Map<String, String> migrations = new LinkedHashMap<>();
    Map<String, Duration> times = new LinkedHashMap<>();
    for (TimelineStep step : report.timeline().steps()) {
      migrations.putIfAbsent(step.version(), step.migration().displayName());
      times.put(step.version(), step.duration());
    }
    for (ReversibilityResult r : report.results()) {
      migrations.putIfAbsent(r.version(), r.migration().displayName());
      times.put(r.version(), r.duration());
    }
    List<Case> cases = new ArrayList<>();
    List<Finding> inChecks = new ArrayList<>();
    report.checks().forEach(c -> inChecks.addAll(c.findings()));
    for (Map.Entry<String, String> m : migrations.entrySet()) {
      String version = m.getKey();
      for (CheckResult check : report.checks()) {
        if (!ABOUT_THE_SET.contains(check.check())) {
          cases.add(
              new Case(
                  m.getValue(),
                  check.check().title(),
                  times.get(version),
                  of(check.findings(), version)));
        }
      }
      List<Finding> other =
          report.findings(version).stream().filter(f -> !inChecks.contains(f)).toList();
      if (!other.isEmpty()) {
        cases.add(new Case(m.getValue(), OTHER, Duration.ZERO, other));
      }
    }
    for (CheckResult check : report.checks()) {
      if (ABOUT_THE_SET.contains(check.check())) {
        cases.add(new Case(SET, check.check().title(), Duration.ZERO, check.findings()));
      }
    }
    List<Finding> setFindings =
        report.findings("").stream().filter(f -> !inChecks.contains(f)).toList();
    if (!setFindings.isEmpty()) {
      cases.add(new Case(SET, "other findings", Duration.ZERO, setFindings));
    }
    return cases;
  }

  /**
   * The report of a run that could not load its migrations: one failing test case with the load
   * problems.
   */
  public String renderLoadFailure(String location, List<Finding> findings) {
    return xml(
        "surql verify " + location,
        Duration.ZERO,
        List.of(new Case(SET, "all migrations load", Duration.ZERO, findings)));
  }

  private static List<Finding> of(List<Finding> findings, String version) {
    return findings.stream().filter(f -> f.version().equals(version)).toList();
  }

  private String xml(String suite, Duration total, List<Case> cases) {
    long failures = cases.stream().filter(c -> !c.failures().isEmpty()).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"surql\" tests=\"")
        .append(cases.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"0\" time=\"")
        .append(time(total))
        .append("\">\n");
    xml.append("  <testsuite name=\"")
        .append(escape(suite))
        .append("\" tests=\"")
        .append(cases.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"0\" time=\"")
        .append(time(total))
        .append("\">\n");
    cases.forEach(c -> testcase(xml, c));
    xml.append("  </testsuite>\n</testsuites>\n");
    return xml.toString();
  }

  /** One test case, with its failure and other findings. */
  private void testcase(StringBuilder xml, Case c) {
    xml.append("    <testcase classname=\"")
        .append(escape(c.classname()))
        .append("\" name=\"")
        .append(escape(c.name()))
        .append("\" time=\"")
        .append(time(c.time()))
        .append('"');
    List<Finding> failed = c.failures();
    List<Finding> rest = c.findings().stream().filter(f -> !Findings.fails(f)).toList();
    if (failed.isEmpty() && rest.isEmpty()) {
      xml.append("/>\n");
      return;
    }
    xml.append(">\n");
    if (!failed.isEmpty()) {
      Finding first = failed.get(0);
      xml.append("      <failure message=\"")
          .append(escape(failureMessage(c, first)))
          .append("\" type=\"")
          .append(first.rule().code())
          .append("\">");
      xml.append(escape(String.join("\n", failed.stream().map(JUnitXmlReport::describe).toList())));
      xml.append("</failure>\n");
    }
    if (!rest.isEmpty()) {
      xml.append("      <system-out>")
          .append(escape(String.join("\n", rest.stream().map(JUnitXmlReport::describe).toList())))
          .append("</system-out>\n");
    }
    xml.append("    </testcase>\n");
  }

  /**
   * A failure's message: the first failing finding's rule and message; in a matrix also its release
   * line and place ({@code SurrealDB 3.0: SQ205 up-failed [file:line:col]: message}).
   */
  private static String failureMessage(Case c, Finding first) {
    if (c.context().isEmpty()) {
      return first.rule().label() + ": " + first.message();
    }
    return c.context()
        + ": "
        + first.rule().label()
        + first.location().map(l -> " [" + l + "]").orElse("")
        + ": "
        + first.message();
  }

  private static String describe(Finding f) {
    return Findings.line(f) + f.hint().map(h -> "\n  Fix: " + h).orElse("");
  }

  private String time(Duration duration) {
    long millis = timings && duration != null ? duration.toMillis() : 0;
    return String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
  }

  /** Escapes text for an XML attribute or element, dropping characters XML 1.0 cannot hold. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  if (cp == 0x9
                      || cp == 0xA
                      || cp == 0xD
                      || cp >= 0x20 && cp <= 0xD7FF
                      || cp >= 0xE000 && cp <= 0xFFFD
                      || cp >= 0x10000 && cp <= 0x10FFFF) {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.toString();
  }
}
