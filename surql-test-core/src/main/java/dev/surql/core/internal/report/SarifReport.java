package dev.surql.core.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
  private static final String FINGERPRINT = "surqlFinding/v1";

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
    run(root.putArray("runs").addObject(), findings, paths, setLocation, toolVersion, "");
    try {
      return SurqlJson.pretty().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the SARIF report", e);
    }
  }

  /**
   * The SARIF log of a version matrix: one run per SurrealDB release line, in order. Each run has
   * its own {@code automationDetails.id} ({@code surql-verify/surrealdb-<line>/}), which GitHub
   * code scanning reads as the run's category, so that a finding on two lines is two alerts; the
   * run's properties name the line and the server version. Each result names the line in its
   * message and properties ({@code surrealdbVersion}) and carries a {@code partialFingerprints}
   * entry made of the rule, migration, place and line, stable from one run to the next.
   *
   * @param runs each line's findings, in order
   * @param paths how to make file names relative to the repository root
   * @param toolVersion the surql-test version
   */
  public static String renderMatrix(List<MatrixRun> runs, SourcePaths paths, String toolVersion) {
    Objects.requireNonNull(runs, "runs");
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(toolVersion, "toolVersion");
    ObjectNode root = SurqlJson.mapper().createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", VERSION);
    ArrayNode array = root.putArray("runs");
    for (MatrixRun m : runs) {
      ObjectNode run = array.addObject();
      List<Finding> findings = m.findings().stream().map(f -> f.onSurrealDb(m.line())).toList();
      run(run, findings, paths, m.setLocation(), toolVersion, "SurrealDB " + m.line() + ": ");
      run.putObject("automationDetails").put("id", category(m.line()));
      for (JsonNode result : run.path("results")) {
        ((ObjectNode) result)
            .putObject("partialFingerprints")
            .put(FINGERPRINT, fingerprint(result, m.line()));
      }
      ObjectNode properties = run.putObject("properties");
      properties.put("surrealdb", m.line());
      properties.put("serverVersion", m.serverVersion());
    }
    try {
      return SurqlJson.pretty().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the SARIF report", e);
    }
  }

  /**
   * One line's findings in a version matrix.
   *
   * @param line the release line, e.g. {@code 3.0}
   * @param serverVersion the server's version, e.g. {@code surrealdb-3.0.2}
   * @param setLocation where to place findings that name no file (the migrations location)
   * @param findings what to report on that line, in order
   */
  public record MatrixRun(
      String line, String serverVersion, String setLocation, List<Finding> findings) {
    /** Copies {@code findings}. */
    public MatrixRun {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(serverVersion, "serverVersion");
      Objects.requireNonNull(setLocation, "setLocation");
      findings = List.copyOf(findings);
    }
  }

  /** The {@code automationDetails.id} of a line's run: its category, with no instance part. */
  static String category(String line) {
    return "surql-verify/surrealdb-" + line + "/";
  }

  /**
   * A result's fingerprint: a hash of its rule, migration, file, line and column and the release
   * line, so that it stays the same while the finding does, whatever its message says (a server's
   * message names its port).
   */
  private static String fingerprint(JsonNode result, String line) {
    JsonNode physical = result.at("/locations/0/physicalLocation");
    String key =
        String.join(
            "|",
            result.path("ruleId").asText(),
            result.at("/properties/migrationVersion").asText(),
            physical.at("/artifactLocation/uri").asText(),
            physical.at("/region/startLine").asText(),
            physical.at("/region/startColumn").asText(),
            line);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Fills {@code run} with the tool, the rules that occur and one result per finding. */
  private static void run(
      ObjectNode run,
      List<Finding> findings,
      SourcePaths paths,
      String setLocation,
      String toolVersion,
      String context) {
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
      result.putObject("message").put("text", context + message(f));
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
