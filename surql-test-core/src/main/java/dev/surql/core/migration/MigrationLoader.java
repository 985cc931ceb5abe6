package dev.surql.core.migration;

import dev.surql.core.internal.migration.MigrationChecksum;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.internal.migration.MigrationVersions;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.forward.ForwardSafety;
import dev.surql.core.internal.sql.Statements;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Allowance;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.SourceLocation;
import dev.surql.core.internal.sql.Scope;
import dev.surql.core.internal.sql.ScopeEscape;
import dev.surql.core.internal.sql.ScopeEscapes;
import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.internal.sql.SurqlSyntaxException;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and parses migrations in a directory, a classpath location (also inside jars) and Java
 * classes, and returns them as a {@link MigrationSet} ordered by version.
 *
 * <p>Two file layouts are understood. A <b>sectioned</b> file {@code
 * YYYYMMDD_HHMMSS_description.surql} has optional header directives ({@code -- @description:},
 * {@code -- @depends_on: v1, v2}, {@code -- @rollback: safe|data_loss|unsafe}, {@code --
 * @forward: safe|data_loss|unsafe}, {@code -- @transaction: none}, {@code -- @scope:
 * namespace|root}) and ordinary comments, then a {@code -- @up} line, the up statements, and optionally a {@code -- @down} line and the down statements. A
 * <b>paired</b> file {@code V_description.surql} (or {@code V_description.up.surql}) holds only up
 * statements and its sibling {@code V_description.down.surql} the down statements; its leading
 * comment lines may hold {@code -- @transaction:} and {@code -- @scope:}. Versions are {@code
 * YYYYMMDD_HHMMSS} timestamps or dotted numbers ({@code 1}, {@code 1.2}, optionally prefixed with
 * {@code V}).
 *
 * <p>Like Flyway, a directory or classpath location is scanned recursively: every {@code .surql}
 * file in it and its subdirectories is a migration. {@link ScanOptions} turns that off or narrows
 * it with include and exclude patterns.
 *
 * <p>An up that holds only comments is a no-op migration (a placeholder), loaded with a note. A
 * migration without a down section (no {@code -- @down} line, no down file) is irreversible; a down
 * section that holds only comments is a no-op down, which is judged like any down. Explicit {@code
 * BEGIN}/{@code COMMIT} statements are removed (each migration already runs in one transaction) and
 * noted in {@link MigrationSet#notes()}.
 *
 * <p>A migration may act only on the database it is applied to: {@code USE}, {@code DEFINE/REMOVE
 * NAMESPACE|DATABASE}, users and access methods {@code ON ROOT|NAMESPACE} and {@code ALTER
 * NAMESPACE|SYSTEM} are refused, wherever they appear in a statement (see {@code ScopeEscapes}),
 * unless the header opts in with {@code -- @scope: namespace} or {@code -- @scope: root}; {@code
 * USE} is refused always. A {@code -- @transaction: none} migration whose {@code LET} variable is
 * used by a later statement is refused, since each statement then runs on its own.
 *
 * <p>Everything wrong in a location is reported together in one {@link
 * MigrationValidationException}; a location that holds no migrations gives an empty set, a location
 * that does not exist is an error.
 */
public final class MigrationLoader {

  /** Prefix of classpath locations, e.g. {@code classpath:db/migrations}. */
  public static final String CLASSPATH_PREFIX = "classpath:";

  /** Optional prefix of directory locations, e.g. {@code filesystem:src/main/resources/db}. */
  public static final String FILESYSTEM_PREFIX = "filesystem:";

  private static final String SUFFIX = ".surql";
  private static final String DOWN_SUFFIX = ".down.surql";
  private static final String UP_SUFFIX = ".up.surql";

  private static final Pattern DIRECTIVE = Pattern.compile("^--\\s*@([A-Za-z_][A-Za-z0-9_-]*)\\s*(?::(.*))?$");
  private static final Pattern TIMESTAMP_NAME = Pattern.compile("^(\\d{8}_\\d{6})(?:_(.*))?$");
  private static final Pattern TIMESTAMP_LIKE = Pattern.compile("^\\d{8}_\\d+(?:_.*)?$");
  private static final Pattern NUMBERED_NAME = Pattern.compile("^[Vv]?(\\d+(?:\\.\\d+)*)(?:__?(.*))?$");
  private static final Pattern VERSION = Pattern.compile("^(?:\\d{8}_\\d{6}|\\d+(?:\\.\\d+)*)$");
  private static final Pattern TRANSACTION_CONTROL =
      Pattern.compile("(?i)^(BEGIN|COMMIT|CANCEL)(\\s+TRANSACTION)?$");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private MigrationLoader() {}

  /**
   * Loads migrations from {@code classpath:<path>} (through the thread's context class loader) or
   * from a directory ({@code filesystem:<dir>} or a plain path).
   *
   * @throws MigrationValidationException listing every problem in the location
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) if the location does not exist
   */
  public static MigrationSet load(String location) {
    return load(location, defaultClassLoader());
  }

  /** Like {@link #load(String)}, looking up {@code classpath:} locations with {@code classLoader}. */
  public static MigrationSet load(String location, ClassLoader classLoader) {
    return load(location, classLoader, List.of());
  }

  /**
   * Like {@link #load(String)}, reading only the files {@code scan} accepts (e.g. not recursively,
   * or without an {@code archive/} folder).
   */
  public static MigrationSet load(String location, ScanOptions scan) {
    return load(location, defaultClassLoader(), List.of(), scan);
  }

  /** Loads migration files from {@code location} together with Java migrations. */
  public static MigrationSet load(String location, ClassLoader classLoader, List<JavaMigration> javaMigrations) {
    return load(location, classLoader, javaMigrations, ScanOptions.defaults());
  }

  /** Loads the migration files {@code scan} accepts from {@code location}, together with Java migrations. */
  public static MigrationSet load(String location, ClassLoader classLoader, List<JavaMigration> javaMigrations,
      ScanOptions scan) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(classLoader, "classLoader");
    Objects.requireNonNull(scan, "scan");
    if (location.startsWith(CLASSPATH_PREFIX)) {
      return build(location, scanned(listClasspath(location, classLoader), scan), javaMigrations);
    }
    String path = location.startsWith(FILESYSTEM_PREFIX) ? location.substring(FILESYSTEM_PREFIX.length()) : location;
    return load(Paths.get(path), javaMigrations, scan);
  }

  /**
   * Loads the migration files in {@code directory} and its subdirectories.
   *
   * @throws MigrationValidationException listing every problem in the directory
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) if the directory does not exist
   */
  public static MigrationSet load(Path directory) {
    return load(directory, List.of());
  }

  /** Loads the migration files in {@code directory} that {@code scan} accepts. */
  public static MigrationSet load(Path directory, ScanOptions scan) {
    return load(directory, List.of(), scan);
  }

  /** Loads the migration files in {@code directory} together with Java migrations. */
  public static MigrationSet load(Path directory, List<JavaMigration> javaMigrations) {
    return load(directory, javaMigrations, ScanOptions.defaults());
  }

  /** Loads the migration files in {@code directory} that {@code scan} accepts, together with Java migrations. */
  public static MigrationSet load(Path directory, List<JavaMigration> javaMigrations, ScanOptions scan) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(scan, "scan");
    return build(directory.toString(), scanned(listDirectory(directory), scan), javaMigrations);
  }

  /**
   * Turns Java migrations into a set. Each one's statements are numbered as lines of its statements
   * joined with {@code \n}; its source is its class name.
   *
   * @throws MigrationValidationException listing every problem
   */
  public static MigrationSet fromJava(List<JavaMigration> javaMigrations) {
    return build("java", List.of(), javaMigrations);
  }

  // ---------------------------------------------------------------------------------- listing

  /** A file found at a location: its path relative to the location and how to name it in messages. */
  private record SourceFile(String relativeName, String displayName, byte[] content) {}

  private static List<SourceFile> scanned(List<SourceFile> files, ScanOptions scan) {
    return scan.isDefault() ? files : files.stream().filter(f -> scan.accepts(f.relativeName())).toList();
  }

  private static ClassLoader defaultClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : MigrationLoader.class.getClassLoader();
  }

  private static List<SourceFile> listDirectory(Path directory) {
    if (!Files.exists(directory)) {
      throw new SurqlException(ErrorCode.MIGRATION_INVALID, "Migration directory " + directory.toAbsolutePath()
          + " does not exist. Check the location (a directory, or classpath:<path> for resources).");
    }
    if (!Files.isDirectory(directory)) {
      throw new SurqlException(ErrorCode.MIGRATION_INVALID, "Migration location " + directory.toAbsolutePath()
          + " is a file, not a directory. Point it at the directory that holds the .surql files.");
    }
    List<SourceFile> files = new ArrayList<>();
    for (Path file : walk(directory)) {
      String relative = directory.relativize(file).toString().replace('\\', '/');
      files.add(new SourceFile(relative, file.toString(), read(file)));
    }
    return files;
  }

  private static List<Path> walk(Path directory) {
    try (Stream<Path> stream = Files.walk(directory)) {
      return stream.filter(Files::isRegularFile)
          .filter(p -> isMigrationFileName(p.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list migration directory " + directory, e);
    }
  }

  private static boolean isMigrationFileName(String name) {
    return name.endsWith(SUFFIX) && !name.startsWith(".");
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration file " + file, e);
    }
  }

  private static List<SourceFile> listClasspath(String location, ClassLoader classLoader) {
    String prefix = location.substring(CLASSPATH_PREFIX.length()).replace('\\', '/');
    while (prefix.startsWith("/")) {
      prefix = prefix.substring(1);
    }
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    List<URL> roots;
    try {
      roots = Collections.list(classLoader.getResources(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look up classpath location " + location, e);
    }
    if (roots.isEmpty()) {
      throw new SurqlException(ErrorCode.MIGRATION_INVALID, "Classpath location " + location
          + " does not exist: no directory or jar entry '" + prefix + "' on the classpath. Check the location"
          + " (relative to the classpath root, e.g. classpath:db/migrations for src/main/resources/db/migrations).");
    }
    Map<String, SourceFile> files = new LinkedHashMap<>();
    int root = 0;
    for (URL url : roots) {
      List<SourceFile> found = switch (url.getProtocol()) {
        case "file" -> listClasspathDirectory(url, prefix);
        case "jar" -> listJar(url, prefix);
        default -> throw new SurqlException(ErrorCode.MIGRATION_INVALID, "Cannot list classpath location "
            + location + " at " + url + ": only directories and jar files are supported.");
      };
      for (SourceFile file : found) {
        // the same resource in two classpath roots: keep both so the duplicate version is reported
        String key = files.containsKey(file.relativeName()) ? file.relativeName() + "#" + root : file.relativeName();
        files.put(key, file);
      }
      root++;
    }
    return new ArrayList<>(files.values());
  }

  private static List<SourceFile> listClasspathDirectory(URL url, String prefix) {
    Path directory;
    try {
      directory = Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new SurqlException(ErrorCode.MIGRATION_INVALID, "Cannot read classpath directory " + url, e);
    }
    if (!Files.isDirectory(directory)) {
      throw new SurqlException(ErrorCode.MIGRATION_INVALID, "Classpath location " + CLASSPATH_PREFIX + prefix
          + " is a file (" + directory + "), not a directory of migrations.");
    }
    List<SourceFile> files = new ArrayList<>();
    for (Path file : walk(directory)) {
      String relative = directory.relativize(file).toString().replace('\\', '/');
      files.add(new SourceFile(relative, CLASSPATH_PREFIX + prefix + "/" + relative, read(file)));
    }
    return files;
  }

  private static List<SourceFile> listJar(URL url, String prefix) {
    String spec = url.getPath();
    int separator = spec.indexOf("!/");
    if (separator < 0) {
      throw new SurqlException(ErrorCode.MIGRATION_INVALID, "Cannot read classpath location " + url
          + ": not a jar URL of the form jar:file:/path.jar!/entry.");
    }
    Path jarPath;
    try {
      jarPath = Paths.get(new URI(spec.substring(0, separator)));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new SurqlException(ErrorCode.MIGRATION_INVALID, "Cannot open the jar of classpath location " + url
          + ": only jars on the local file system are supported.", e);
    }
    String entryPrefix = prefix + "/";
    List<SourceFile> files = new ArrayList<>();
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      List<JarEntry> matching = new ArrayList<>();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (!entry.isDirectory() && name.startsWith(entryPrefix) && isMigrationFileName(fileName)) {
          matching.add(entry);
        }
      }
      matching.sort((a, b) -> a.getName().compareTo(b.getName()));
      for (JarEntry entry : matching) {
        try (InputStream in = jar.getInputStream(entry)) {
          String relative = entry.getName().substring(entryPrefix.length());
          files.add(new SourceFile(relative, CLASSPATH_PREFIX + entry.getName(), in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read jar " + jarPath + " for classpath location " + url, e);
    }
    return files;
  }

  // ---------------------------------------------------------------------------------- building

  private static MigrationSet build(String location, List<SourceFile> files, List<JavaMigration> javaMigrations) {
    Objects.requireNonNull(javaMigrations, "javaMigrations");
    Collector collector = new Collector();
    Map<String, SourceFile> downFiles = new TreeMap<>();
    List<SourceFile> upFiles = new ArrayList<>();
    for (SourceFile file : files) {
      if (file.relativeName().endsWith(DOWN_SUFFIX)) {
        String base = file.relativeName().substring(0, file.relativeName().length() - DOWN_SUFFIX.length());
        downFiles.put(base, file);
      } else {
        upFiles.add(file);
      }
    }
    Map<String, SourceFile> unpairedDowns = new TreeMap<>(downFiles);
    for (SourceFile file : upFiles) {
      String base = baseName(file.relativeName());
      SourceFile down = downFiles.get(base);
      unpairedDowns.remove(base);
      loadFile(file, Optional.ofNullable(down), collector);
    }
    for (SourceFile orphan : unpairedDowns.values()) {
      String expected = orphan.relativeName().substring(0, orphan.relativeName().length() - DOWN_SUFFIX.length());
      collector.problem(orphan.displayName(), 0, "down file without an up file: expected " + expected + SUFFIX
          + " next to it (or delete it)");
    }
    for (JavaMigration java : javaMigrations) {
      loadJava(Objects.requireNonNull(java, "javaMigrations must not contain null"), collector);
    }
    collector.checkVersionsAndDependencies();
    if (!collector.problems.isEmpty()) {
      throw new MigrationValidationException(location, collector.problems);
    }
    return new MigrationSet(location, collector.migrations.stream().map(Loaded::migration).toList(), collector.notes);
  }

  private static String baseName(String relativeName) {
    if (relativeName.endsWith(UP_SUFFIX)) {
      return relativeName.substring(0, relativeName.length() - UP_SUFFIX.length());
    }
    return relativeName.substring(0, relativeName.length() - SUFFIX.length());
  }

  /** A loaded migration with the place its version and dependencies were declared, for checks. */
  private record Loaded(Migration migration, String file, int dependsOnLine) {}

  private static final class Collector {
    final List<MigrationProblem> problems = new ArrayList<>();
    final List<MigrationProblem> notes = new ArrayList<>();
    final List<Loaded> migrations = new ArrayList<>();

    void problem(String file, int line, String message) {
      problems.add(new MigrationProblem(file, line, message));
    }

    void problem(String file, int line, Rule rule, String message) {
      problems.add(new MigrationProblem(file, line, message, Optional.of(rule)));
    }

    void checkVersionsAndDependencies() {
      Map<String, Loaded> byVersion = new LinkedHashMap<>();
      for (Loaded loaded : migrations) {
        Loaded previous = byVersion.putIfAbsent(loaded.migration().version(), loaded);
        if (previous != null) {
          problem(loaded.file(), 0, "duplicate version " + loaded.migration().version() + ": also used by "
              + previous.file() + ". Give one of them a new version." + inAnotherDirectory(loaded, previous));
        }
      }
      for (Loaded loaded : migrations) {
        for (String dependency : loaded.migration().dependsOn()) {
          if (!byVersion.containsKey(dependency)) {
            problem(loaded.file(), loaded.dependsOnLine(), "@depends_on names unknown version '" + dependency
                + "'. Known versions: " + knownVersions(byVersion.keySet()));
          } else if (dependency.equals(loaded.migration().version())) {
            problem(loaded.file(), loaded.dependsOnLine(), "@depends_on names the migration's own version '"
                + dependency + "'");
          }
        }
      }
      problems.sort(java.util.Comparator.comparing(MigrationProblem::file).thenComparingInt(MigrationProblem::line));
    }

    /** A hint when the two files sit in different directories: scanning is recursive by default. */
    private static String inAnotherDirectory(Loaded one, Loaded other) {
      String first = parent(one.file());
      String second = parent(other.file());
      if (first.isEmpty() || second.isEmpty() || first.equals(second)) {
        return "";
      }
      return " Subdirectories are scanned too: if one of them is a copy (original/, archive/, seed/…), exclude"
          + " its folder (exclude pattern, e.g. archive) or scan only the top directory (recursive = false).";
    }

    private static String parent(String file) {
      int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
      return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String knownVersions(java.util.Set<String> versions) {
      if (versions.isEmpty()) {
        return "(none)";
      }
      return String.join(", ", versions.stream().sorted(MigrationVersions.ORDER).toList());
    }
  }

  /** Version and default description from a file name, or empty after recording a problem. */
  private record FileName(String version, String description) {}

  private static Optional<FileName> parseFileName(SourceFile file, Collector collector) {
    String name = file.relativeName().substring(file.relativeName().lastIndexOf('/') + 1);
    String base = baseName(name);
    Matcher timestamp = TIMESTAMP_NAME.matcher(base);
    if (timestamp.matches()) {
      String version = timestamp.group(1);
      try {
        LocalDateTime.parse(version, TIMESTAMP);
      } catch (DateTimeParseException e) {
        collector.problem(file.displayName(), 0, "invalid version " + version + " in file name " + name
            + ": not a real date and time (expected YYYYMMDD_HHMMSS, e.g. 20260109_120000)");
        return Optional.empty();
      }
      return Optional.of(new FileName(version, description(timestamp.group(2))));
    }
    if (TIMESTAMP_LIKE.matcher(base).matches()) {
      collector.problem(file.displayName(), 0, "invalid version in file name " + name
          + ": expected YYYYMMDD_HHMMSS_description.surql (6 digits for the time), e.g. 20260109_120000_create_user.surql");
      return Optional.empty();
    }
    Matcher numbered = NUMBERED_NAME.matcher(base);
    if (numbered.matches()) {
      return Optional.of(new FileName(numbered.group(1), description(numbered.group(2))));
    }
    collector.problem(file.displayName(), 0, "bad migration file name " + name
        + ": expected YYYYMMDD_HHMMSS_description.surql (e.g. 20260109_120000_create_user.surql),"
        + " or V_description.surql with a V_description.down.surql file");
    return Optional.empty();
  }

  private static String description(String raw) {
    return raw == null ? "" : raw.replace('_', ' ').strip();
  }

  private static void loadFile(SourceFile file, Optional<SourceFile> down, Collector collector) {
    Optional<FileName> name = parseFileName(file, collector);
    Optional<String> content = decode(file, collector);
    Optional<String> downContent = down.flatMap(d -> decode(d, collector));
    if (name.isEmpty() || content.isEmpty() || (down.isPresent() && downContent.isEmpty())) {
      return;
    }
    String text = stripBom(MigrationChecksum.normalize(content.get()));
    List<String> lines = List.of(text.split("\n", -1));
    boolean sectioned = lines.stream().anyMatch(MigrationLoader::isUpMarker);
    if (sectioned && down.isPresent()) {
      collector.problem(file.displayName(), 0, "has a -- @up marker and also a down file " + down.get().displayName()
          + ": use either -- @up/-- @down sections in one file or a pair of files, not both");
      return;
    }
    if (sectioned) {
      loadSectioned(file, name.get(), text, lines, collector);
    } else if (down.isPresent()) {
      loadPaired(file, down.get(), name.get(), text, stripBom(MigrationChecksum.normalize(downContent.get())),
          collector);
    } else {
      collector.problem(file.displayName(), 1, "missing -- @up: start the up statements with a line '-- @up'"
          + " (and the down statements with '-- @down'), or put the down statements in a "
          + baseName(file.relativeName().substring(file.relativeName().lastIndexOf('/') + 1)) + DOWN_SUFFIX
          + " file next to it");
    }
  }

  private static boolean isUpMarker(String line) {
    Matcher m = DIRECTIVE.matcher(line.strip());
    return m.matches() && m.group(1).equalsIgnoreCase("up");
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Optional<String> decode(SourceFile file, Collector collector) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] bytes = file.content();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      collector.problem(file.displayName(), line, String.format(Locale.ROOT,
          "not valid UTF-8: byte 0x%02X at byte offset %d. Save the file as UTF-8.", bytes[offset] & 0xFF, offset));
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  private static void loadSectioned(SourceFile file, FileName name, String text, List<String> lines, Collector collector) {
    String where = file.displayName();
    int before = collector.problems.size();
    Optional<String> description = Optional.empty();
    List<String> dependsOn = List.of();
    int dependsOnLine = 0;
    Optional<RollbackSafety> safety = Optional.empty();
    TransactionMode transaction = TransactionMode.MIGRATION;
    Scope scope = Scope.DATABASE;
    Optional<ForwardSafety> forward = Optional.empty();
    int upMarker = -1;
    int downMarker = -1;
    boolean reportedStatementInHeader = false;
    List<PendingAllow> allows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i).strip();
      Matcher directive = DIRECTIVE.matcher(line);
      if (directive.matches()) {
        String key = directive.group(1).toLowerCase(Locale.ROOT).replace('-', '_');
        String value = directive.group(2) == null ? "" : directive.group(2).strip();
        if (key.equals("up")) {
          if (upMarker >= 0) {
            collector.problem(where, lineNumber, "second -- @up (the first is at line " + (upMarker + 1) + ")");
          } else {
            upMarker = i;
          }
          continue;
        }
        if (key.equals("down")) {
          if (upMarker < 0) {
            collector.problem(where, lineNumber, "-- @down before -- @up: the up section comes first");
          } else if (downMarker >= 0) {
            collector.problem(where, lineNumber, "second -- @down (the first is at line " + (downMarker + 1) + ")");
          } else {
            downMarker = i;
          }
          continue;
        }
        if (key.equals("allow")) {
          allows.add(new PendingAllow(where, lineNumber, directive.group(2)));
          continue;
        }
        boolean known = key.equals("description") || key.equals("depends_on") || key.equals("rollback")
            || key.equals("transaction") || key.equals("scope") || key.equals("forward");
        if (!known) {
          collector.problem(where, lineNumber, "unknown directive '-- @" + directive.group(1)
              + "'. Known directives: -- @description:, -- @depends_on:, -- @rollback:, -- @forward:,"
              + " -- @transaction:, -- @scope:, -- @allow:, -- @up, -- @down");
          continue;
        }
        if (upMarker >= 0) {
          collector.problem(where, lineNumber, "directive '-- @" + directive.group(1)
              + "' must come before -- @up (in the header)");
          continue;
        }
        switch (key) {
          case "description" -> description = Optional.of(value);
          case "depends_on" -> {
            dependsOnLine = lineNumber;
            List<String> versions = new ArrayList<>();
            for (String part : value.split("[,\\s]+")) {
              if (part.isEmpty()) {
                continue;
              }
              if (!VERSION.matcher(part).matches()) {
                collector.problem(where, lineNumber, "invalid version '" + part + "' in -- @depends_on"
                    + " (expected YYYYMMDD_HHMMSS or a dotted number, separated by commas)");
              }
              versions.add(part);
            }
            if (versions.isEmpty()) {
              collector.problem(where, lineNumber, "-- @depends_on names no version (e.g. -- @depends_on: 20260101_120000)");
            }
            dependsOn = versions;
          }
          case "transaction" -> transaction = transactionMode(where, lineNumber, value, collector);
          case "scope" -> scope = scope(where, lineNumber, value, collector);
          case "forward" -> {
            forward = ForwardSafety.parse(value);
            if (forward.isEmpty()) {
              collector.problem(where, lineNumber, "invalid -- @forward value '" + value
                  + "': expected safe, data_loss or unsafe (the most the up may do to existing data)");
            }
          }
          default -> {
            safety = RollbackSafety.parse(value);
            if (safety.isEmpty()) {
              collector.problem(where, lineNumber, "invalid -- @rollback value '" + value
                  + "': expected safe, data_loss or unsafe");
            }
          }
        }
        continue;
      }
      if (upMarker < 0 && !reportedStatementInHeader && !line.isEmpty() && !isLineComment(line)) {
        collector.problem(where, lineNumber, "SurrealQL before -- @up: only comments and -- @directives may come"
            + " before the -- @up line");
        reportedStatementInHeader = true;
      }
    }
    if (collector.problems.size() > before) {
      return;
    }
    int upEnd = downMarker >= 0 ? downMarker : lines.size();
    Optional<List<Statement>> up = section(where, lines, upMarker + 1, upEnd, collector);
    Optional<List<Statement>> down = downMarker >= 0
        ? section(where, lines, downMarker + 1, lines.size(), collector)
        : Optional.of(List.of());
    if (up.isEmpty() || down.isEmpty()) {
      return;
    }
    Optional<List<Statement>> declaredDown = downMarker >= 0 ? down : Optional.empty();
    if (!checkStatements(where, up.get(), declaredDown, transaction, scope, collector)) {
      return;
    }
    if (up.get().isEmpty()) {
      collector.notes.add(noOpUp(where, upMarker + 1, "the -- @up section"));
    }
    if (downMarker >= 0 && down.get().isEmpty()) {
      collector.notes.add(noOpDown(where, downMarker + 1, "the -- @down section",
          "remove the -- @down line to declare the migration irreversible instead"));
    }
    List<Statement> all = new ArrayList<>(up.get());
    all.addAll(down.get());
    Optional<List<Allowance>> allowances = allowances(allows, all, collector);
    if (allowances.isEmpty()) {
      return;
    }
    Migration migration = new Migration(name.version(), description.orElse(name.description()), where, up.get(),
        declaredDown, dependsOn, safety, MigrationChecksum.of(text), transaction, forward, allowances.get());
    collector.migrations.add(new Loaded(migration, where, dependsOnLine));
  }

  /** An {@code -- @allow:} line as read, before it is checked and tied to the statement after it. */
  private record PendingAllow(String file, int line, String value) {}

  private static List<PendingAllow> pendingAllows(String file, String text) {
    List<PendingAllow> allows = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher directive = DIRECTIVE.matcher(lines.get(i).strip());
      if (directive.matches() && directive.group(1).equalsIgnoreCase("allow")) {
        allows.add(new PendingAllow(file, i + 1, directive.group(2)));
      }
    }
    return allows;
  }

  /**
   * Checks each {@code -- @allow: SQxxx reason} line and ties it to the first of {@code statements}
   * after it; empty after a problem.
   */
  private static Optional<List<Allowance>> allowances(List<PendingAllow> pending, List<Statement> statements,
      Collector collector) {
    List<Allowance> allowances = new ArrayList<>();
    boolean ok = true;
    for (PendingAllow allow : pending) {
      String value = allow.value() == null ? "" : allow.value().strip();
      String[] parts = value.split("\\s+", 2);
      Optional<Rule> rule = parts[0].isEmpty() ? Optional.empty() : Rule.find(parts[0]);
      if (parts[0].isEmpty()) {
        collector.problem(allow.file(), allow.line(), "-- @allow names no rule: write -- @allow: SQxxx reason"
            + " (e.g. -- @allow: SQ101 the audit log is rebuilt from events); the codes are in docs/rules.md");
        ok = false;
      } else if (rule.isEmpty()) {
        collector.problem(allow.file(), allow.line(), "-- @allow names unknown rule '" + parts[0]
            + "': use a code or short name from docs/rules.md, e.g. -- @allow: SQ101 reason");
        ok = false;
      } else if (parts.length < 2 || parts[1].isBlank()) {
        collector.problem(allow.file(), allow.line(), "-- @allow: " + rule.get().code() + " gives no reason:"
            + " say why the finding is acceptable, e.g. -- @allow: " + rule.get().code()
            + " the audit log is rebuilt from events");
        ok = false;
      } else {
        int statementLine = statements.stream().mapToInt(Statement::line).filter(l -> l > allow.line())
            .min().orElse(0);
        allowances.add(new Allowance(rule.get(), parts[1].strip(), SourceLocation.of(allow.file(), allow.line()),
            statementLine));
      }
    }
    return ok ? Optional.of(List.copyOf(allowances)) : Optional.empty();
  }

  private static TransactionMode transactionMode(String where, int line, String value, Collector collector) {
    Optional<TransactionMode> mode = TransactionMode.parse(value);
    if (mode.isEmpty()) {
      collector.problem(where, line, "invalid -- @transaction value '" + value + "': expected none (run the"
          + " migration statement by statement, without atomicity) or migration (the default: one transaction)");
    }
    return mode.orElse(TransactionMode.MIGRATION);
  }

  private static Scope scope(String where, int line, String value, Collector collector) {
    Optional<Scope> scope = Scope.parse(value);
    if (scope.isEmpty()) {
      collector.problem(where, line, "invalid -- @scope value '" + value + "': expected namespace (the migration"
          + " may also act on its namespace) or root (also on the whole server); database is the default");
    }
    return scope.orElse(Scope.DATABASE);
  }

  private static MigrationProblem noOpUp(String where, int line, String what) {
    return new MigrationProblem(where, line, what + " holds only comments: loaded as a no-op migration ("
        + Rule.NO_OP_UP.label() + "); applying it changes nothing and records it in " + MigrationHistory.TABLE,
        Optional.of(Rule.NO_OP_UP));
  }

  private static MigrationProblem noOpDown(String where, int line, String what, String instead) {
    return new MigrationProblem(where, line, what + " holds only comments: a no-op down (" + Rule.NO_OP_DOWN.label()
        + "), not a missing one; it is judged like any down and restores the schema only where the up changed"
        + " none (" + instead + ")", Optional.of(Rule.NO_OP_DOWN));
  }

  /**
   * Refuses what a migration may not do, reporting each with its file and line: statements that act
   * outside the database (unless {@code scope} allows them) and, for {@code -- @transaction: none}, a
   * {@code LET} whose variable a later statement needs. Returns whether the migration may be loaded.
   */
  private static boolean checkStatements(String where, List<Statement> up, Optional<List<Statement>> down,
      TransactionMode transaction, Scope scope, Collector collector) {
    int before = collector.problems.size();
    checkScope(where, up, scope, collector);
    down.ifPresent(statements -> checkScope(where, statements, scope, collector));
    if (transaction == TransactionMode.NONE) {
      checkLets(where, up, "up", collector);
      down.ifPresent(statements -> checkLets(where, statements, "down", collector));
    }
    return collector.problems.size() == before;
  }

  private static void checkScope(String where, List<Statement> statements, Scope allowed, Collector collector) {
    for (ScopeEscape escape : ScopeEscapes.find(statements)) {
      if (escape.allowable() && allowed.covers(escape.reaches())) {
        continue;
      }
      collector.problem(where, escape.line(), switch (escape.kind()) {
        case USE -> Rule.USE_STATEMENT;
        case NAMESPACE_OR_DATABASE -> Rule.NAMESPACE_OR_DATABASE;
        case USER_OR_ACCESS, ALTER_OUTSIDE -> Rule.OUTSIDE_DATABASE;
      }, scopeMessage(escape, allowed));
    }
  }

  private static String scopeMessage(ScopeEscape escape, Scope allowed) {
    String at = "'" + escape.text() + "' (";
    return switch (escape.kind()) {
      case USE -> at + Rule.USE_STATEMENT.label() + "): USE switches the namespace or database, so the statements"
          + " after it would run outside the database the migration is applied to (with --url, in that database"
          + " of the real server) and verify would check nothing. Remove it: surql-test and surql apply each"
          + " migration to the database they are given, and no directive allows USE.";
      case NAMESPACE_OR_DATABASE -> at + Rule.NAMESPACE_OR_DATABASE.label() + "): "
          + (escape.reaches() == Scope.ROOT ? "a namespace is part of the whole server" : "a database is part of"
              + " the namespace") + ", outside the database the migration is applied to; on a shared engine it"
          + " reaches other tests' databases. " + optIn(escape, allowed, "create namespaces and databases when"
              + " provisioning, not in a schema migration");
      case USER_OR_ACCESS -> at + Rule.OUTSIDE_DATABASE.label() + "): a user or access method on the "
          + (escape.reaches() == Scope.ROOT ? "root" : "namespace") + " level acts outside the database the"
          + " migration is applied to and reaches every database " + (escape.reaches() == Scope.ROOT
              ? "of the server" : "of the namespace") + ". " + optIn(escape, allowed, "define it ON DATABASE");
      case ALTER_OUTSIDE -> at + Rule.OUTSIDE_DATABASE.label() + "): alters the "
          + (escape.reaches() == Scope.ROOT ? "whole server" : "namespace") + ", outside the database the"
          + " migration is applied to. " + optIn(escape, allowed, "do it outside the migration");
    };
  }

  private static String optIn(ScopeEscape escape, Scope allowed, String instead) {
    String directive = "-- @scope: " + escape.reaches().directiveValue();
    return "Either " + instead + ", or, if the migration must do it, opt in with '" + directive + "' in its header"
        + (allowed == Scope.DATABASE ? "" : " (it allows only -- @scope: " + allowed.directiveValue() + ")") + ".";
  }

  /** With {@code -- @transaction: none}, a {@code LET $x} whose {@code $x} a later statement of the section uses. */
  private static void checkLets(String where, List<Statement> statements, String section, Collector collector) {
    for (int i = 0; i < statements.size(); i++) {
      List<Token> tokens = Statements.significantTokens(statements.get(i));
      if (tokens.size() < 2 || !tokens.get(0).isWord("LET") || tokens.get(1).type() != TokenType.PARAMETER) {
        continue;
      }
      String name = tokens.get(1).value();
      for (Statement later : statements.subList(i + 1, statements.size())) {
        boolean uses = Statements.significantTokens(later).stream()
            .anyMatch(t -> t.type() == TokenType.PARAMETER && t.value().equals(name));
        if (uses) {
          collector.problem(where, statements.get(i).line(), Rule.LET_WITHOUT_TRANSACTION, "LET $" + name + " (" + Rule.LET_WITHOUT_TRANSACTION.label()
              + "): with -- @transaction: none each " + section + " statement runs on its own, so $" + name
              + " is gone when the statement at line " + later.line() + " uses it. Compute the value inside the"
              + " statement that uses it, or remove -- @transaction: none.");
          break;
        }
      }
    }
  }

  private static boolean isLineComment(String line) {
    return line.startsWith("--") || line.startsWith("#") || line.startsWith("//");
  }

  private static void loadPaired(SourceFile file, SourceFile downFile, FileName name, String up, String down,
      Collector collector) {
    Optional<List<Statement>> upStatements = statements(file.displayName(), up, 1, collector);
    Optional<List<Statement>> downStatements = statements(downFile.displayName(), down, 1, collector);
    if (upStatements.isEmpty() || downStatements.isEmpty()) {
      return;
    }
    TransactionMode transaction = TransactionMode.MIGRATION;
    Scope scope = Scope.DATABASE;
    String[] lines = up.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !isLineComment(line)) {
        break; // directives are read from the leading comment lines only
      }
      Matcher directive = DIRECTIVE.matcher(line);
      if (directive.matches() && directive.group(2) != null) {
        String key = directive.group(1).toLowerCase(Locale.ROOT);
        if (key.equals("transaction")) {
          transaction = transactionMode(file.displayName(), i + 1, directive.group(2).strip(), collector);
        } else if (key.equals("scope")) {
          scope = scope(file.displayName(), i + 1, directive.group(2).strip(), collector);
        }
      }
    }
    if (!checkStatements(file.displayName(), upStatements.get(), downStatements, transaction, scope, collector)) {
      return;
    }
    List<Allowance> allowances = new ArrayList<>();
    for (Optional<List<Allowance>> found : List.of(
        allowances(pendingAllows(file.displayName(), up), upStatements.get(), collector),
        allowances(pendingAllows(downFile.displayName(), down), downStatements.get(), collector))) {
      if (found.isEmpty()) {
        return;
      }
      allowances.addAll(found.get());
    }
    if (upStatements.get().isEmpty()) {
      collector.notes.add(noOpUp(file.displayName(), 1, "the up file"));
    }
    if (downStatements.get().isEmpty()) {
      collector.notes.add(noOpDown(downFile.displayName(), 1, "the down file",
          "delete the down file to declare the migration irreversible instead"));
    }
    Migration migration = new Migration(name.version(), name.description(), file.displayName(), upStatements.get(),
        downStatements, List.of(), Optional.empty(), MigrationChecksum.ofPair(up, down), transaction,
        Optional.empty(), allowances);
    collector.migrations.add(new Loaded(migration, file.displayName(), 0));
  }

  private static Optional<List<Statement>> section(String where, List<String> lines, int from, int to,
      Collector collector) {
    String text = String.join("\n", lines.subList(Math.min(from, to), to));
    return statements(where, text, from + 1, collector);
  }

  /** Splits a section, reporting lexer errors and removing BEGIN/COMMIT; empty after a problem. */
  private static Optional<List<Statement>> statements(String where, String text, int firstLine, Collector collector) {
    List<Statement> split;
    try {
      split = StatementSplitter.split(text, where, firstLine);
    } catch (SurqlSyntaxException e) {
      String prefix = e.origin() + ":" + e.line() + ":" + e.column() + ": ";
      String detail = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
      collector.problem(where, e.line(), detail + " (column " + e.column() + ")");
      return Optional.empty();
    }
    List<Statement> kept = new ArrayList<>(split.size());
    boolean ok = true;
    for (Statement statement : split) {
      Matcher control = TRANSACTION_CONTROL.matcher(statement.text().strip());
      if (!control.matches()) {
        kept.add(statement);
      } else if (control.group(1).equalsIgnoreCase("CANCEL")) {
        collector.problem(where, statement.line(), "CANCEL is not allowed in a migration: each migration runs in"
            + " its own transaction, which a failing statement cancels; use THROW to fail on purpose");
        ok = false;
      } else {
        collector.notes.add(new MigrationProblem(where, statement.line(), "removed explicit '" + statement.text()
            + "': each migration already runs in its own transaction"));
      }
    }
    return ok ? Optional.of(List.copyOf(kept)) : Optional.empty();
  }

  /** Splits each statement string on its own, numbering lines as in the strings joined with {@code \n}. */
  private static Optional<List<Statement>> javaStatements(String where, List<String> texts, Collector collector) {
    List<Statement> all = new ArrayList<>();
    boolean ok = true;
    int line = 1;
    for (String text : texts) {
      String normalized = MigrationChecksum.normalize(Objects.requireNonNull(text, where + " returned a null statement"));
      Optional<List<Statement>> split = statements(where, normalized, line, collector);
      split.ifPresent(all::addAll);
      ok &= split.isPresent();
      line += (int) normalized.chars().filter(c -> c == '\n').count() + 1;
    }
    return ok ? Optional.of(List.copyOf(all)) : Optional.empty();
  }

  private static void loadJava(JavaMigration java, Collector collector) {
    String where = java.getClass().getName();
    String version = Objects.requireNonNull(java.version(), where + ".version()");
    if (!VERSION.matcher(version).matches()) {
      collector.problem(where, 0, "invalid version '" + version
          + "': expected YYYYMMDD_HHMMSS (e.g. 20260109_120000) or a dotted number");
      return;
    }
    if (version.contains("_")) {
      try {
        LocalDateTime.parse(version, TIMESTAMP);
      } catch (DateTimeParseException e) {
        collector.problem(where, 0, "invalid version " + version + ": not a real date and time (expected YYYYMMDD_HHMMSS)");
        return;
      }
    }
    List<String> upTexts = List.copyOf(Objects.requireNonNull(java.up(), where + ".up()"));
    Optional<List<String>> downTexts = Objects.requireNonNull(java.down(), where + ".down()").map(List::copyOf);
    Optional<List<Statement>> up = javaStatements(where, upTexts, collector);
    Optional<List<Statement>> down = downTexts.isPresent()
        ? javaStatements(where, downTexts.get(), collector)
        : Optional.of(List.of());
    if (up.isEmpty() || down.isEmpty()) {
      return;
    }
    TransactionMode transaction = Objects.requireNonNull(java.transaction(), where + ".transaction()");
    Scope scope = Objects.requireNonNull(java.scope(), where + ".scope()");
    Optional<List<Statement>> declaredDown = downTexts.isPresent() ? down : Optional.empty();
    if (!checkStatements(where, up.get(), declaredDown, transaction, scope, collector)) {
      return;
    }
    if (up.get().isEmpty()) {
      collector.notes.add(noOpUp(where, 0, "up()"));
    }
    if (declaredDown.isPresent() && declaredDown.get().isEmpty()) {
      collector.notes.add(noOpDown(where, 0, "down()", "return Optional.empty() to declare it irreversible instead"));
    }
    for (String dependency : java.dependsOn()) {
      if (!VERSION.matcher(dependency).matches()) {
        collector.problem(where, 0, "invalid version '" + dependency + "' in dependsOn()");
        return;
      }
    }
    Migration migration = new Migration(version, Objects.requireNonNull(java.description(), where + ".description()"),
        where, up.get(), declaredDown, java.dependsOn(),
        Objects.requireNonNull(java.declaredSafety(), where + ".declaredSafety()"),
        MigrationChecksum.ofStatements(upTexts, downTexts), transaction,
        Objects.requireNonNull(java.declaredForward(), where + ".declaredForward()"));
    collector.migrations.add(new Loaded(migration, where, 0));
  }
}
