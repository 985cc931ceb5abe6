package dev.surql.core.internal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders findings as SARIF 2.1.0, the format code-scanning services (GitHub's among them) read:
 * one result per finding with its rule id, level, message and a physical location relative to the
 * repository root. Every result has a location, as GitHub rejects a whole upload otherwise: a
 * finding about the whole set is placed at the migrations location. The rules that occur carry
 * their help from {@code docs/rules.md}; an allowed finding is a result with an in-source
 * suppression giving the {@code @allow} reason.
 */
public final class SarifReport {
  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";

  private static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final String TOOL = "surql-test";

  private SarifReport() {}

  /**
   * The SARIF log of one run.
   *
   * @param findings what to report, in order
   * @param paths how to make file names relative to the repository root
   * @param setLocation where to place findings that name no file (the migrations location)
   * @param toolVersion the surql-test version
   */
  public static String render(
      List<Finding> findings, SourcePaths paths, String setLocation, String toolVersion) {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(setLocation, "setLocation");
    Objects.requireNonNull(toolVersion, "toolVersion");
    ObjectNode root = SurqlJson.mapper().createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", VERSION);
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL);
    driver.put("version", toolVersion);
    driver.put("semanticVersion", toolVersion.replaceAll("[^0-9A-Za-z.+-]", ""));
    Map<Rule, Integer> index = new LinkedHashMap<>();
    List<Rule> used = new ArrayList<>();
    for (Finding f : findings) {
      if (!index.containsKey(f.rule())) {
        index.put(f.rule(), used.size());
        used.add(f.rule());
      }
    }
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : used) {
      ObjectNode r = rules.addObject();
      r.put("id", rule.code());
      r.put("name", pascal(rule.shortName()));
      r.putObject("shortDescription").put("text", rule.label());
      r.putObject("fullDescription").put("text", rule.summary());
      ObjectNode help = r.putObject("help");
      help.put("text", RuleDocs.text(rule).orElse(rule.summary()));
      help.put("markdown", RuleDocs.markdown(rule).orElse(rule.summary()));
      r.putObject("defaultConfiguration").put("level", level(rule.level()));
    }
    run.putObject("originalUriBaseIds")
        .putObject("SRCROOT")
        .put("uri", paths.root().toUri().toString());
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      ObjectNode result = results.addObject();
      result.put("ruleId", f.rule().code());
      result.put("ruleIndex", index.get(f.rule()));
      result.put("level", level(f.level()));
      result.putObject("message").put("text", message(f));
      SourceLocation location = f.location().orElse(SourceLocation.of(setLocation, 0));
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", paths.relative(location.file()));
      artifact.put("uriBaseId", "SRCROOT");
      ObjectNode region = physical.putObject("region");
      region.put("startLine", Math.max(1, location.line()));
      if (location.line() > 0 && location.column() > 0) {
        region.put("startColumn", location.column());
      }
      f.allowedBecause()
          .ifPresent(
              reason -> {
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "inSource");
                suppression.put("justification", reason);
              });
      ObjectNode properties = result.putObject("properties");
      properties.put("migrationVersion", f.version());
      f.surrealVersion().ifPresent(v -> properties.put("surrealdbVersion", v));
    }
    try {
      return SurqlJson.pretty().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the SARIF report", e);
    }
  }

  private static String message(Finding f) {
    String text =
        (f.version().isEmpty() ? "" : f.version() + ": ") + f.rule().label() + ": " + f.message();
    return text + f.hint().map(h -> " Fix: " + h).orElse("");
  }

  /** {@code error}, {@code warning} or {@code note}. */
  static String level(dev.surql.core.rule.RuleLevel level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  private static String pascal(String kebab) {
    StringBuilder out = new StringBuilder();
    for (String part : kebab.split("-")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
