package dev.surql.core.internal.migration;

import static dev.surql.core.internal.migration.MigrationDirectives.DIRECTIVE;
import static dev.surql.core.internal.migration.MigrationDirectives.allowances;
import static dev.surql.core.internal.migration.MigrationDirectives.isLineComment;
import static dev.surql.core.internal.migration.MigrationDirectives.pendingAllows;
import static dev.surql.core.internal.migration.MigrationDirectives.scope;
import static dev.surql.core.internal.migration.MigrationDirectives.transactionMode;
import static dev.surql.core.internal.migration.MigrationFileName.DOWN_SUFFIX;
import static dev.surql.core.internal.migration.MigrationFileName.SUFFIX;
import static dev.surql.core.internal.migration.MigrationFileName.TIMESTAMP;
import static dev.surql.core.internal.migration.MigrationFileName.baseName;
import static dev.surql.core.internal.migration.MigrationFileName.isVersion;
import static dev.surql.core.internal.migration.StatementChecks.checkStatements;
import static dev.surql.core.internal.migration.StatementChecks.noOpDown;
import static dev.surql.core.internal.migration.StatementChecks.noOpUp;

import dev.surql.core.forward.ForwardSafety;
import dev.surql.core.internal.migration.MigrationCollector.Loaded;
import dev.surql.core.internal.migration.MigrationDirectives.PendingAllow;
import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.internal.sql.SurqlSyntaxException;
import dev.surql.core.migration.JavaMigration;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationProblem;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationValidationException;
import dev.surql.core.migration.Scope;
import dev.surql.core.migration.Statement;
import dev.surql.core.migration.TransactionMode;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Allowance;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns migration files and Java migrations into a {@link MigrationSet}: decodes each file (UTF-8),
 * reads its name ({@link MigrationFileName}), its header directives ({@link MigrationDirectives})
 * and its {@code -- @up}/{@code -- @down} sections or its pair of files, splits the sections into
 * statements (removing an explicit {@code BEGIN}/{@code COMMIT}), checks what they may do ({@link
 * StatementChecks}), then versions and dependencies across the location. The layouts and rules are
 * those documented on {@link MigrationLoader}; every problem is collected and reported together.
 */
public final class MigrationParser {

  private static final Pattern TRANSACTION_CONTROL =
      Pattern.compile("(?i)^(BEGIN|COMMIT|CANCEL)(\\s+TRANSACTION)?$");

  private MigrationParser() {}

  /**
   * Reads, checks and orders the migrations of {@code files} and {@code javaMigrations}.
   *
   * @param location the location, as messages and the set name it
   * @throws MigrationValidationException listing every problem found
   */
  public static MigrationSet build(
      String location, List<SourceFile> files, List<JavaMigration> javaMigrations) {
    Objects.requireNonNull(javaMigrations, "javaMigrations");
    MigrationCollector collector = new MigrationCollector();
    Map<String, SourceFile> downFiles = new TreeMap<>();
    List<SourceFile> upFiles = new ArrayList<>();
    for (SourceFile file : files) {
      if (file.relativeName().endsWith(DOWN_SUFFIX)) {
        String base =
            file.relativeName().substring(0, file.relativeName().length() - DOWN_SUFFIX.length());
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
      String expected =
          orphan.relativeName().substring(0, orphan.relativeName().length() - DOWN_SUFFIX.length());
      collector.problem(
          orphan.displayName(),
          0,
          "down file without an up file: expected "
              + expected
              + SUFFIX
              + " next to it (or delete it)");
    }
    for (JavaMigration java : javaMigrations) {
      loadJava(Objects.requireNonNull(java, "javaMigrations must not contain null"), collector);
    }
    collector.checkVersionsAndDependencies();
    if (!collector.problems.isEmpty()) {
      throw new MigrationValidationException(location, collector.problems);
    }
    return new MigrationSet(
        location, collector.migrations.stream().map(Loaded::migration).toList(), collector.notes);
  }

  private static void loadFile(
      SourceFile file, Optional<SourceFile> down, MigrationCollector collector) {
    Optional<MigrationFileName> name = MigrationFileName.parse(file, collector);
    Optional<String> content = decode(file, collector);
    Optional<String> downContent = down.flatMap(d -> decode(d, collector));
    if (name.isEmpty() || content.isEmpty() || (down.isPresent() && downContent.isEmpty())) {
      return;
    }
    String text = stripBom(MigrationChecksum.normalize(content.get()));
    List<String> lines = List.of(text.split("\n", -1));
    boolean sectioned = lines.stream().anyMatch(MigrationDirectives::isUpMarker);
    if (sectioned && down.isPresent()) {
      collector.problem(
          file.displayName(),
          0,
          "has a -- @up marker and also a down file "
              + down.get().displayName()
              + ": use either -- @up/-- @down sections in one file or a pair of files, not both");
      return;
    }
    if (sectioned) {
      loadSectioned(file, name.get(), text, lines, collector);
    } else if (down.isPresent()) {
      loadPaired(
          file,
          down.get(),
          name.get(),
          text,
          stripBom(MigrationChecksum.normalize(downContent.get())),
          collector);
    } else {
      collector.problem(
          file.displayName(),
          1,
          "missing -- @up: start the up statements with a line '-- @up'"
              + " (and the down statements with '-- @down'), or put the down statements in a "
              + baseName(file.relativeName().substring(file.relativeName().lastIndexOf('/') + 1))
              + DOWN_SUFFIX
              + " file next to it");
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Optional<String> decode(SourceFile file, MigrationCollector collector) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
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
      collector.problem(
          file.displayName(),
          line,
          String.format(
              Locale.ROOT,
              "not valid UTF-8: byte 0x%02X at byte offset %d. Save the file as UTF-8.",
              bytes[offset] & 0xFF,
              offset));
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  private static void loadSectioned(
      SourceFile file,
      MigrationFileName name,
      String text,
      List<String> lines,
      MigrationCollector collector) {
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
            collector.problem(
                where, lineNumber, "second -- @up (the first is at line " + (upMarker + 1) + ")");
          } else {
            upMarker = i;
          }
          continue;
        }
        if (key.equals("down")) {
          if (upMarker < 0) {
            collector.problem(
                where, lineNumber, "-- @down before -- @up: the up section comes first");
          } else if (downMarker >= 0) {
            collector.problem(
                where,
                lineNumber,
                "second -- @down (the first is at line " + (downMarker + 1) + ")");
          } else {
            downMarker = i;
          }
          continue;
        }
        if (key.equals("allow")) {
          allows.add(new PendingAllow(where, lineNumber, directive.group(2)));
          continue;
        }
        boolean known =
            key.equals("description")
                || key.equals("depends_on")
                || key.equals("rollback")
                || key.equals("transaction")
                || key.equals("scope")
                || key.equals("forward");
        if (!known) {
          collector.problem(
              where,
              lineNumber,
              "unknown directive '-- @"
                  + directive.group(1)
                  + "'. Known directives: -- @description:, -- @depends_on:, -- @rollback:, -- @forward:,"
                  + " -- @transaction:, -- @scope:, -- @allow:, -- @up, -- @down");
          continue;
        }
        if (upMarker >= 0) {
          collector.problem(
              where,
              lineNumber,
              "directive '-- @" + directive.group(1) + "' must come before -- @up (in the header)");
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
              if (!isVersion(part)) {
                collector.problem(
                    where,
                    lineNumber,
                    "invalid version '"
                        + part
                        + "' in -- @depends_on"
                        + " (expected YYYYMMDD_HHMMSS or a dotted number, separated by commas)");
              }
              versions.add(part);
            }
            if (versions.isEmpty()) {
              collector.problem(
                  where,
                  lineNumber,
                  "-- @depends_on names no version (e.g. -- @depends_on: 20260101_120000)");
            }
            dependsOn = versions;
          }
          case "transaction" -> transaction = transactionMode(where, lineNumber, value, collector);
          case "scope" -> scope = scope(where, lineNumber, value, collector);
          case "forward" -> {
            forward = ForwardSafety.parse(value);
            if (forward.isEmpty()) {
              collector.problem(
                  where,
                  lineNumber,
                  "invalid -- @forward value '"
                      + value
                      + "': expected safe, data_loss or unsafe (the most the up may do to existing data)");
            }
          }
          default -> {
            safety = RollbackSafety.parse(value);
            if (safety.isEmpty()) {
              collector.problem(
                  where,
                  lineNumber,
                  "invalid -- @rollback value '" + value + "': expected safe, data_loss or unsafe");
            }
          }
        }
        continue;
      }
      if (upMarker < 0 && !reportedStatementInHeader && !line.isEmpty() && !isLineComment(line)) {
        collector.problem(
            where,
            lineNumber,
            "SurrealQL before -- @up: only comments and -- @directives may come"
                + " before the -- @up line");
        reportedStatementInHeader = true;
      }
    }
    if (collector.problems.size() > before) {
      return;
    }
    int upEnd = downMarker >= 0 ? downMarker : lines.size();
    Optional<List<Statement>> up = section(where, lines, upMarker + 1, upEnd, collector);
    Optional<List<Statement>> down =
        downMarker >= 0
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
      collector.notes.add(
          noOpDown(
              where,
              downMarker + 1,
              "the -- @down section",
              "remove the -- @down line to declare the migration irreversible instead"));
    }
    List<Statement> all = new ArrayList<>(up.get());
    all.addAll(down.get());
    Optional<List<Allowance>> allowances = allowances(allows, all, collector);
    if (allowances.isEmpty()) {
      return;
    }
    Migration migration =
        Migration.builder()
            .version(name.version())
            .description(description.orElse(name.description()))
            .source(where)
            .up(up.get())
            .down(declaredDown)
            .dependsOn(dependsOn)
            .declaredSafety(safety)
            .checksum(MigrationChecksum.of(text))
            .transaction(transaction)
            .declaredForward(forward)
            .allowances(allowances.get())
            .build();
    collector.migrations.add(new Loaded(migration, where, dependsOnLine));
  }

  private static void loadPaired(
      SourceFile file,
      SourceFile downFile,
      MigrationFileName name,
      String up,
      String down,
      MigrationCollector collector) {
    Optional<List<Statement>> upStatements = statements(file.displayName(), up, 1, collector);
    Optional<List<Statement>> downStatements =
        statements(downFile.displayName(), down, 1, collector);
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
          transaction =
              transactionMode(file.displayName(), i + 1, directive.group(2).strip(), collector);
        } else if (key.equals("scope")) {
          scope = scope(file.displayName(), i + 1, directive.group(2).strip(), collector);
        }
      }
    }
    if (!checkStatements(
        file.displayName(), upStatements.get(), downStatements, transaction, scope, collector)) {
      return;
    }
    List<Allowance> allowances = new ArrayList<>();
    for (Optional<List<Allowance>> found :
        List.of(
            allowances(pendingAllows(file.displayName(), up), upStatements.get(), collector),
            allowances(
                pendingAllows(downFile.displayName(), down), downStatements.get(), collector))) {
      if (found.isEmpty()) {
        return;
      }
      allowances.addAll(found.get());
    }
    if (upStatements.get().isEmpty()) {
      collector.notes.add(noOpUp(file.displayName(), 1, "the up file"));
    }
    if (downStatements.get().isEmpty()) {
      collector.notes.add(
          noOpDown(
              downFile.displayName(),
              1,
              "the down file",
              "delete the down file to declare the migration irreversible instead"));
    }
    Migration migration =
        Migration.builder()
            .version(name.version())
            .description(name.description())
            .source(file.displayName())
            .up(upStatements.get())
            .down(downStatements)
            .checksum(MigrationChecksum.ofPair(up, down))
            .transaction(transaction)
            .allowances(allowances)
            .build();
    collector.migrations.add(new Loaded(migration, file.displayName(), 0));
  }

  private static Optional<List<Statement>> section(
      String where, List<String> lines, int from, int to, MigrationCollector collector) {
    String text = String.join("\n", lines.subList(Math.min(from, to), to));
    return statements(where, text, from + 1, collector);
  }

  /** Splits a section, reporting lexer errors and removing BEGIN/COMMIT; empty after a problem. */
  private static Optional<List<Statement>> statements(
      String where, String text, int firstLine, MigrationCollector collector) {
    List<Statement> split;
    try {
      split = StatementSplitter.split(text, where, firstLine);
    } catch (SurqlSyntaxException e) {
      String prefix = e.origin() + ":" + e.line() + ":" + e.column() + ": ";
      String detail =
          e.getMessage().startsWith(prefix)
              ? e.getMessage().substring(prefix.length())
              : e.getMessage();
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
        collector.problem(
            where,
            statement.line(),
            "CANCEL is not allowed in a migration: each migration runs in"
                + " its own transaction, which a failing statement cancels; use THROW to fail on purpose");
        ok = false;
      } else {
        collector.notes.add(
            new MigrationProblem(
                where,
                statement.line(),
                "removed explicit '"
                    + statement.text()
                    + "': each migration already runs in its own transaction",
                Optional.empty()));
      }
    }
    return ok ? Optional.of(List.copyOf(kept)) : Optional.empty();
  }

  /**
   * Splits each statement string on its own, numbering lines as in the strings joined with {@code
   * \n}.
   */
  private static Optional<List<Statement>> javaStatements(
      String where, List<String> texts, MigrationCollector collector) {
    List<Statement> all = new ArrayList<>();
    boolean ok = true;
    int line = 1;
    for (String text : texts) {
      String normalized =
          MigrationChecksum.normalize(
              Objects.requireNonNull(text, where + " returned a null statement"));
      Optional<List<Statement>> split = statements(where, normalized, line, collector);
      split.ifPresent(all::addAll);
      ok &= split.isPresent();
      line += (int) normalized.chars().filter(c -> c == '\n').count() + 1;
    }
    return ok ? Optional.of(List.copyOf(all)) : Optional.empty();
  }

  private static void loadJava(JavaMigration java, MigrationCollector collector) {
    String where = java.getClass().getName();
    String version = Objects.requireNonNull(java.version(), where + ".version()");
    if (!isVersion(version)) {
      collector.problem(
          where,
          0,
          "invalid version '"
              + version
              + "': expected YYYYMMDD_HHMMSS (e.g. 20260109_120000) or a dotted number");
      return;
    }
    if (version.contains("_")) {
      try {
        LocalDateTime.parse(version, TIMESTAMP);
      } catch (DateTimeParseException e) {
        collector.problem(
            where,
            0,
            "invalid version " + version + ": not a real date and time (expected YYYYMMDD_HHMMSS)");
        return;
      }
    }
    List<String> upTexts = List.copyOf(Objects.requireNonNull(java.up(), where + ".up()"));
    Optional<List<String>> downTexts =
        Objects.requireNonNull(java.down(), where + ".down()").map(List::copyOf);
    Optional<List<Statement>> up = javaStatements(where, upTexts, collector);
    Optional<List<Statement>> down =
        downTexts.isPresent()
            ? javaStatements(where, downTexts.get(), collector)
            : Optional.of(List.of());
    if (up.isEmpty() || down.isEmpty()) {
      return;
    }
    TransactionMode transaction =
        Objects.requireNonNull(java.transaction(), where + ".transaction()");
    Scope scope = Objects.requireNonNull(java.scope(), where + ".scope()");
    Optional<List<Statement>> declaredDown = downTexts.isPresent() ? down : Optional.empty();
    if (!checkStatements(where, up.get(), declaredDown, transaction, scope, collector)) {
      return;
    }
    if (up.get().isEmpty()) {
      collector.notes.add(noOpUp(where, 0, "up()"));
    }
    if (declaredDown.isPresent() && declaredDown.get().isEmpty()) {
      collector.notes.add(
          noOpDown(
              where, 0, "down()", "return Optional.empty() to declare it irreversible instead"));
    }
    for (String dependency : java.dependsOn()) {
      if (!isVersion(dependency)) {
        collector.problem(where, 0, "invalid version '" + dependency + "' in dependsOn()");
        return;
      }
    }
    Migration migration =
        Migration.builder()
            .version(version)
            .description(Objects.requireNonNull(java.description(), where + ".description()"))
            .source(where)
            .up(up.get())
            .down(declaredDown)
            .dependsOn(java.dependsOn())
            .declaredSafety(
                Objects.requireNonNull(java.declaredSafety(), where + ".declaredSafety()"))
            .checksum(MigrationChecksum.ofStatements(upTexts, downTexts))
            .transaction(transaction)
            .declaredForward(
                Objects.requireNonNull(java.declaredForward(), where + ".declaredForward()"))
            .build();
    collector.migrations.add(new Loaded(migration, where, 0));
  }
}
