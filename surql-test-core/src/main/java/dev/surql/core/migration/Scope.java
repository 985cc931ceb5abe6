package dev.surql.core.migration;

import java.util.Locale;
import java.util.Optional;

/**
 * The level of a SurrealDB server a statement acts on: the database a migration was given, its
 * namespace, or the whole server (root). A migration may act only on its database unless its header
 * opts in with {@code -- @scope: namespace} or {@code -- @scope: root}; {@link
 * JavaMigration#scope()} says the same for a migration written in Java.
 */
public enum Scope {
  /** The database the migration runs in (the default, and all most migrations need). */
  DATABASE,
  /** The namespace that holds the database: other databases, namespace users and access methods. */
  NAMESPACE,
  /** The whole server: namespaces, root users and access methods. */
  ROOT;

  /**
   * The value of the {@code -- @scope:} directive that selects this scope, e.g. {@code namespace}.
   */
  public String directiveValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a migration allowed this scope may run a statement that reaches {@code other}. */
  public boolean covers(Scope other) {
    return other.ordinal() <= ordinal();
  }

  /**
   * The scope a {@code -- @scope:} value names (case-insensitive; {@code ns} for namespace), if
   * any.
   */
  public static Optional<Scope> parse(String value) {
    String key = value.strip().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "database", "db" -> Optional.of(DATABASE);
      case "namespace", "ns" -> Optional.of(NAMESPACE);
      case "root" -> Optional.of(ROOT);
      default -> Optional.empty();
    };
  }
}
