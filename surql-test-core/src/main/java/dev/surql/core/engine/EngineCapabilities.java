package dev.surql.core.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Engine capabilities to allow beyond SurrealDB's defaults, for schemas that use features the
 * engine only accepts when allowed, such as record references ({@code REFERENCE ON DELETE …}, the
 * experimental capability {@code record_references} on 2.x).
 *
 * <p>Written as a comma-separated list ({@code surql.capabilities}, {@code SURQL_CAPABILITIES},
 * {@code @SurqlMigrationTest(capabilities = …)}, the CLI's {@code --capabilities}):
 *
 * <table>
 *   <caption>Capabilities</caption>
 *   <tr><th>Item</th><th>Allows</th><th>{@code surreal start} flag</th></tr>
 *   <tr><td>{@code experimental:NAME}</td><td>an experimental feature, e.g. {@code record_references}</td>
 *       <td>{@code --allow-experimental NAME}</td></tr>
 *   <tr><td>{@code scripting}</td><td>embedded JavaScript functions</td><td>{@code --allow-scripting}</td></tr>
 *   <tr><td>{@code guests}</td><td>queries by unauthenticated users</td><td>{@code --allow-guests}</td></tr>
 *   <tr><td>{@code net:TARGET}</td><td>outgoing network access to a host</td><td>{@code --allow-net TARGET}</td></tr>
 * </table>
 *
 * <p>The embedded engine gets them as the SDK's {@code capabilities} connect option (it has no
 * JavaScript functions, so not {@code scripting}), BINARY as {@code surreal start} flags, CONTAINER
 * as the server's {@code SURREAL_CAPS_ALLOW_*} environment variables. An EXTERNAL server is
 * configured by whoever started it: surql-test cannot change them.
 *
 * @param experimental experimental features to allow, e.g. {@code record_references}
 * @param scripting whether to allow embedded scripting functions
 * @param guests whether to allow guest access
 * @param networkTargets hosts (or {@code host:port}) to allow outgoing network access to
 */
public record EngineCapabilities(
    List<String> experimental, boolean scripting, boolean guests, List<String> networkTargets) {

  private static final String ITEMS =
      "experimental:NAME (e.g. experimental:record_references), scripting, " + "guests, net:HOST";

  public EngineCapabilities {
    experimental = sortedDistinct(experimental, "experimental");
    networkTargets = sortedDistinct(networkTargets, "networkTargets");
  }

  private static List<String> sortedDistinct(List<String> values, String name) {
    Objects.requireNonNull(values, name);
    return List.copyOf(new TreeSet<>(values));
  }

  /** SurrealDB's defaults: nothing extra allowed. */
  public static EngineCapabilities none() {
    return new EngineCapabilities(List.of(), false, false, List.of());
  }

  /**
   * Reads a comma-separated list such as {@code experimental:record_references,scripting}; blank
   * gives {@link #none()}.
   *
   * @param source where the text came from, named in the error, e.g. {@code surql.capabilities}
   * @throws SurqlException ({@link ErrorCode#INVALID_CONFIGURATION}) naming the item it cannot read
   */
  public static EngineCapabilities parse(String text, String source) {
    EngineCapabilities result = none();
    if (text == null) {
      return result;
    }
    for (String raw : text.split(",")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      int colon = item.indexOf(':');
      String key =
          (colon < 0 ? item : item.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT);
      String value = colon < 0 ? "" : item.substring(colon + 1).strip();
      EngineCapabilities one =
          switch (key) {
            case "experimental" ->
                value.matches("[A-Za-z_][A-Za-z0-9_]*")
                    ? new EngineCapabilities(List.of(value), false, false, List.of())
                    : null;
            case "scripting" ->
                colon < 0 ? new EngineCapabilities(List.of(), true, false, List.of()) : null;
            case "guests" ->
                colon < 0 ? new EngineCapabilities(List.of(), false, true, List.of()) : null;
            case "net" ->
                value.matches("[A-Za-z0-9._:\\-\\[\\]/*]+")
                    ? new EngineCapabilities(List.of(), false, false, List.of(value))
                    : null;
            default -> null;
          };
      if (one == null) {
        throw new SurqlException(
            ErrorCode.INVALID_CONFIGURATION,
            source
                + ": '"
                + item
                + "' is not an engine capability; use a comma-separated list of "
                + ITEMS
                + ".");
      }
      result = result.and(one);
    }
    return result;
  }

  /** These capabilities and the other's together. */
  public EngineCapabilities and(EngineCapabilities other) {
    List<String> exp = new ArrayList<>(experimental);
    exp.addAll(other.experimental);
    List<String> net = new ArrayList<>(networkTargets);
    net.addAll(other.networkTargets);
    return new EngineCapabilities(exp, scripting || other.scripting, guests || other.guests, net);
  }

  /** Whether nothing beyond the defaults is allowed. */
  public boolean isNone() {
    return experimental.isEmpty() && !scripting && !guests && networkTargets.isEmpty();
  }

  /**
   * The embedded engine's SDK {@code capabilities} option as JSON values (empty when none). The 3.0
   * engine ({@code @surrealdb/node@3.0.3}) fails on a list of experimental features, so there any
   * experimental item allows them all ({@code experimental: true}); the 2.x engines take the list.
   * The embedded engines are built without JavaScript functions, so {@code scripting} is refused
   * before they start.
   */
  public Map<String, Object> embeddedOption(SurrealVersion version) {
    Map<String, Object> option = new LinkedHashMap<>();
    if (!experimental.isEmpty()) {
      option.put("experimental", version.embeddedIsWasm() ? experimental : Boolean.TRUE);
    }
    if (scripting) {
      option.put("scripting", true);
    }
    if (guests) {
      option.put("guest_access", true);
    }
    if (!networkTargets.isEmpty()) {
      option.put("network_targets", networkTargets);
    }
    return option;
  }

  /** The {@code surreal start} flags that allow these capabilities. */
  public List<String> startArguments() {
    List<String> args = new ArrayList<>();
    if (!experimental.isEmpty()) {
      args.add("--allow-experimental");
      args.add(String.join(",", experimental));
    }
    if (scripting) {
      args.add("--allow-scripting");
    }
    if (guests) {
      args.add("--allow-guests");
    }
    if (!networkTargets.isEmpty()) {
      args.add("--allow-net");
      args.add(String.join(",", networkTargets));
    }
    return args;
  }

  /** The server's environment variables that allow these capabilities (for a container). */
  public Map<String, String> serverEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    if (!experimental.isEmpty()) {
      env.put("SURREAL_CAPS_ALLOW_EXPERIMENTAL", String.join(",", experimental));
    }
    if (scripting) {
      env.put("SURREAL_CAPS_ALLOW_SCRIPT", "true");
    }
    if (guests) {
      env.put("SURREAL_CAPS_ALLOW_GUESTS", "true");
    }
    if (!networkTargets.isEmpty()) {
      env.put("SURREAL_CAPS_ALLOW_NET", String.join(",", networkTargets));
    }
    return env;
  }

  /**
   * The list form that {@link #parse(String, String)} reads, e.g. {@code
   * experimental:record_references,scripting}.
   */
  @Override
  public String toString() {
    List<String> items = new ArrayList<>();
    experimental.forEach(e -> items.add("experimental:" + e));
    if (scripting) {
      items.add("scripting");
    }
    if (guests) {
      items.add("guests");
    }
    networkTargets.forEach(n -> items.add("net:" + n));
    return items.stream().collect(Collectors.joining(","));
  }
}
