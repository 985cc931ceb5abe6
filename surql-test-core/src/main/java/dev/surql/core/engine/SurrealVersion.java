package dev.surql.core.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A SurrealDB release line that surql-test can run migrations on: {@code 3.0} (the default),
 * {@code 2.6}, {@code 2.4} or {@code 2.3}. Chosen with {@code surql.version} ({@code
 * SURQL_VERSION}), {@code @SurqlMigrationTest(surrealdb = …)} or the CLI's {@code --surrealdb}.
 *
 * <p>Each line fixes what the engines run: the embedded engine's npm package (native {@code
 * @surrealdb/node} for 3.0, WebAssembly {@code @surrealdb/wasm} for 2.x, each pinned by its own
 * lockfile) and the container's image tag. A server that surql-test does not start (BINARY,
 * EXTERNAL) must report a version of the line ({@link #matches(String)}).
 */
public enum SurrealVersion {
  /** SurrealDB 2.3 (embedded: {@code @surrealdb/wasm@2.3.5}, SurrealDB 2.3.10). */
  V2_3("2.3", "2.3.10", "@surrealdb/wasm", "2.3.5"),
  /** SurrealDB 2.4 (embedded: {@code @surrealdb/wasm@2.4.0}, SurrealDB 2.4.0). */
  V2_4("2.4", "2.4.0", "@surrealdb/wasm", "2.4.0"),
  /** SurrealDB 2.6 (embedded: {@code @surrealdb/wasm@2.6.1}, SurrealDB 2.6.0). */
  V2_6("2.6", "2.6.0", "@surrealdb/wasm", "2.6.1"),
  /** SurrealDB 3.0 (embedded: {@code @surrealdb/node@3.0.3}, SurrealDB 3.0.2); the default. */
  V3_0("3.0", "3.0.2", "@surrealdb/node", "3.0.3");

  /** The line used when nothing is configured. */
  public static final SurrealVersion DEFAULT = V3_0;

  private static final Pattern TEXT =
      Pattern.compile("(?:surrealdb-)?v?(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-+].*)?");

  private final String line;
  private final String engineVersion;
  private final String embeddedPackage;
  private final String embeddedPackageVersion;

  SurrealVersion(
      String line, String engineVersion, String embeddedPackage, String embeddedPackageVersion) {
    this.line = line;
    this.engineVersion = engineVersion;
    this.embeddedPackage = embeddedPackage;
    this.embeddedPackageVersion = embeddedPackageVersion;
  }

  /**
   * Reads a release line: {@code 3.0}, {@code v2.6}, or a full version such as {@code 2.6.0} or
   * {@code surrealdb-2.6.0} (the patch is ignored).
   *
   * @throws SurqlException ({@link ErrorCode#INVALID_CONFIGURATION}) naming the value and the
   *     supported lines
   */
  public static SurrealVersion parse(String value) {
    return parse(value, "surql.version");
  }

  /**
   * Like {@link #parse(String)}; {@code source} names where the value came from in the error, e.g.
   * {@code surql.version}, {@code --surrealdb} or {@code @SurqlMigrationTest(surrealdb)}.
   */
  public static SurrealVersion parse(String value, String source) {
    String text = value == null ? "" : value.strip();
    Optional<SurrealVersion> version = lineOf(text);
    if (version.isPresent()) {
      return version.get();
    }
    throw new SurqlException(
        ErrorCode.INVALID_CONFIGURATION,
        source
            + "="
            + (value == null ? "" : value)
            + " is not a SurrealDB release line surql-test supports; use one of "
            + supported()
            + ".");
  }

  /**
   * The line a server's reported version (e.g. {@code surrealdb-2.6.0}) belongs to, if supported.
   */
  public static Optional<SurrealVersion> fromServerVersion(String serverVersion) {
    return lineOf(serverVersion == null ? "" : serverVersion.strip());
  }

  private static Optional<SurrealVersion> lineOf(String text) {
    Matcher m = TEXT.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String line = Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2));
    return Arrays.stream(values()).filter(v -> v.line.equals(line)).findFirst();
  }

  /** The supported lines as text, newest first, e.g. {@code 3.0 (default), 2.6, 2.4, 2.3}. */
  public static String supported() {
    SurrealVersion[] all = values();
    return Arrays.stream(all)
        .sorted((a, b) -> b.compareTo(a))
        .map(v -> v == DEFAULT ? v.line + " (default)" : v.line)
        .collect(Collectors.joining(", "));
  }

  /** The release line, e.g. {@code 2.6}. */
  public String line() {
    return line;
  }

  /**
   * The SurrealDB version the embedded engine and the container of this line run, e.g. {@code
   * 2.6.0}.
   */
  public String engineVersion() {
    return engineVersion;
  }

  /** The npm package of the embedded engine, {@code @surrealdb/node} or {@code @surrealdb/wasm}. */
  public String embeddedPackage() {
    return embeddedPackage;
  }

  /** The pinned version of {@link #embeddedPackage()}. */
  public String embeddedPackageVersion() {
    return embeddedPackageVersion;
  }

  /** Whether the embedded engine of this line is WebAssembly (2.x) rather than native (3.x). */
  public boolean embeddedIsWasm() {
    return embeddedPackage.endsWith("/wasm");
  }

  /** The tag of the {@code surrealdb/surrealdb} image for this line, e.g. {@code v2.6.0}. */
  public String containerTag() {
    return "v" + engineVersion;
  }

  /** The major version, 2 or 3. */
  public int major() {
    return Integer.parseInt(line.substring(0, line.indexOf('.')));
  }

  /** Whether a server's reported version (e.g. {@code surrealdb-2.6.5}) belongs to this line. */
  public boolean matches(String serverVersion) {
    return fromServerVersion(serverVersion).filter(v -> v == this).isPresent();
  }

  /** The release line, e.g. {@code 3.0}. */
  @Override
  public String toString() {
    return line;
  }
}
