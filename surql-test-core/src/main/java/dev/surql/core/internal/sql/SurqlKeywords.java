package dev.surql.core.internal.sql;

import java.util.HashSet;
import java.util.Set;

/**
 * SurrealQL's keywords in one place, upper-cased, for the lexer's users: the words that start a
 * statement, which of those change something, the word operators and the literals. The analyses
 * find nested statements with them, the data probe refuses conditions that would run a statement
 * other than a read, and {@link SurqlIdentifiers} quotes identifiers that collide with them.
 */
public final class SurqlKeywords {

  /** The statement keywords SurrealDB reserves: none of them may name a table or field unquoted. */
  public static final Set<String> STATEMENTS =
      Set.of(
          "ALTER",
          "BEGIN",
          "BREAK",
          "CANCEL",
          "COMMIT",
          "CONTINUE",
          "CREATE",
          "DEFINE",
          "DELETE",
          "FOR",
          "IF",
          "INFO",
          "INSERT",
          "KILL",
          "LET",
          "LIVE",
          "OPTION",
          "REBUILD",
          "RELATE",
          "REMOVE",
          "RETURN",
          "SELECT",
          "SHOW",
          "SLEEP",
          "THROW",
          "UPDATE",
          "UPSERT",
          "USE");

  /**
   * Every word that starts a statement: {@link #STATEMENTS} and {@code ACCESS} (3.x), which is not
   * reserved.
   */
  public static final Set<String> STATEMENT_STARTS = union(STATEMENTS, Set.of("ACCESS"));

  /**
   * Statement keywords of reads and control flow, which an expression may hold without running
   * anything else: {@code SELECT}, {@code RETURN}, {@code INFO}, {@code SHOW}, {@code IF} and loop
   * control. (What an {@code IF} runs is a statement of its own.)
   */
  public static final Set<String> READS_AND_FLOW =
      Set.of("BREAK", "CONTINUE", "IF", "INFO", "OPTION", "RETURN", "SELECT", "SHOW");

  /** Statements that change the schema. */
  public static final Set<String> SCHEMA_STATEMENTS =
      Set.of("DEFINE", "REMOVE", "ALTER", "REBUILD");

  /** Statements that write records. */
  public static final Set<String> WRITE_STATEMENTS =
      Set.of("CREATE", "INSERT", "UPDATE", "UPSERT", "DELETE", "RELATE");

  /** The operators written as words ({@code AND}, {@code CONTAINSANY}, {@code INSIDE}, …). */
  public static final Set<String> WORD_OPERATORS =
      Set.of(
          "AND",
          "OR",
          "NOT",
          "IS",
          "CONTAINS",
          "CONTAINSNOT",
          "CONTAINSALL",
          "CONTAINSANY",
          "CONTAINSNONE",
          "INSIDE",
          "NOTINSIDE",
          "ALLINSIDE",
          "ANYINSIDE",
          "NONEINSIDE",
          "OUTSIDE",
          "INTERSECTS");

  /** The literal words. */
  public static final Set<String> LITERALS = Set.of("NONE", "NULL", "TRUE", "FALSE");

  private SurqlKeywords() {}

  /** The words of both sets, unmodifiable. */
  public static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
