package dev.surql.core.internal.sql;

import dev.surql.core.migration.Scope;
import dev.surql.core.migration.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what in a statement acts outside the database a migration was given, anywhere in the
 * statement: at its start, and nested in blocks, subqueries, {@code IF}/{@code FOR} bodies,
 * function bodies and event {@code THEN} clauses. Only bare keywords count, so the words inside
 * strings, comments and escaped identifiers never do.
 *
 * <p>What it finds: {@code USE} (switches the namespace or database for the rest of the request);
 * {@code DEFINE/REMOVE NAMESPACE} (root level); {@code DEFINE/REMOVE DATABASE} (namespace level);
 * {@code DEFINE/ALTER/REMOVE USER} and {@code ACCESS} {@code … ON ROOT} or {@code ON NAMESPACE},
 * and the {@code ACCESS … ON ROOT|NAMESPACE} statement; {@code ALTER NAMESPACE} and {@code ALTER
 * SYSTEM}. Users and access methods {@code ON DATABASE} and {@code INFO FOR NS|ROOT} (a read) stay
 * inside and are not reported.
 */
public final class ScopeEscapes {

  private static final Set<String> NAMESPACE = Set.of("NAMESPACE", "NS");
  private static final Set<String> DATABASE = Set.of("DATABASE", "DB");
  private static final Set<String> STATEMENT_START = Set.of("THEN", "ELSE");

  private ScopeEscapes() {}

  /** Everything in {@code statement} that acts outside its database, in source order. */
  public static List<ScopeEscape> find(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    List<ScopeEscape> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.type() != TokenType.WORD || afterPath(tokens, i)) {
        continue;
      }
      String word = upper(token);
      String next =
          i + 1 < tokens.size() && tokens.get(i + 1).type() == TokenType.WORD
              ? upper(tokens.get(i + 1))
              : "";
      switch (word) {
        case "USE" -> {
          if (NAMESPACE.contains(next) || DATABASE.contains(next)) {
            found.add(
                escape(ScopeEscape.Kind.USE, Scope.ROOT, statement, tokens, i, useEnd(tokens, i)));
          }
        }
        case "DEFINE", "REMOVE" -> {
          if (NAMESPACE.contains(next)) {
            found.add(
                escape(
                    ScopeEscape.Kind.NAMESPACE_OR_DATABASE,
                    Scope.ROOT,
                    statement,
                    tokens,
                    i,
                    nameEnd(tokens, i + 1)));
          } else if (DATABASE.contains(next)) {
            found.add(
                escape(
                    ScopeEscape.Kind.NAMESPACE_OR_DATABASE,
                    Scope.NAMESPACE,
                    statement,
                    tokens,
                    i,
                    nameEnd(tokens, i + 1)));
          } else {
            userOrAccess(statement, tokens, i, i + 1).ifPresent(found::add);
          }
        }
        case "ALTER" -> {
          if (NAMESPACE.contains(next)) {
            found.add(
                escape(
                    ScopeEscape.Kind.ALTER_OUTSIDE, Scope.NAMESPACE, statement, tokens, i, i + 1));
          } else if (next.equals("SYSTEM")) {
            found.add(
                escape(ScopeEscape.Kind.ALTER_OUTSIDE, Scope.ROOT, statement, tokens, i, i + 1));
          } else {
            userOrAccess(statement, tokens, i, i + 1).ifPresent(found::add);
          }
        }
        case "ACCESS" -> {
          if (startsStatement(tokens, i)) {
            userOrAccess(statement, tokens, i, i).ifPresent(found::add);
          }
        }
        default -> {}
      }
    }
    return List.copyOf(found);
  }

  /** Everything in {@code statements} that acts outside their database, in source order. */
  public static List<ScopeEscape> find(List<Statement> statements) {
    List<ScopeEscape> found = new ArrayList<>();
    for (Statement statement : statements) {
      found.addAll(find(statement));
    }
    return List.copyOf(found);
  }

  /**
   * {@code USER|ACCESS [OVERWRITE] [IF [NOT] EXISTS] name ON ROOT|NAMESPACE}, the kind word at
   * {@code kindAt}; the report starts at {@code start}.
   */
  private static Optional<ScopeEscape> userOrAccess(
      Statement statement, List<Token> tokens, int start, int kindAt) {
    if (kindAt >= tokens.size()
        || !(tokens.get(kindAt).isWord("USER") || tokens.get(kindAt).isWord("ACCESS"))) {
      return Optional.empty();
    }
    int j = kindAt + 1;
    if (j < tokens.size() && tokens.get(j).isWord("OVERWRITE")) {
      j++;
    }
    if (j < tokens.size() && tokens.get(j).isWord("IF")) {
      j++;
      if (j < tokens.size() && tokens.get(j).isWord("NOT")) {
        j++;
      }
      if (j < tokens.size() && tokens.get(j).isWord("EXISTS")) {
        j++;
      }
    }
    j++; // the name
    if (j + 1 >= tokens.size()
        || !tokens.get(j).isWord("ON")
        || tokens.get(j + 1).type() != TokenType.WORD) {
      return Optional.empty();
    }
    String level = upper(tokens.get(j + 1));
    Scope reaches =
        level.equals("ROOT")
            ? Scope.ROOT
            : NAMESPACE.contains(level) ? Scope.NAMESPACE : Scope.DATABASE;
    if (reaches == Scope.DATABASE) {
      return Optional.empty();
    }
    return Optional.of(
        escape(ScopeEscape.Kind.USER_OR_ACCESS, reaches, statement, tokens, start, j + 1));
  }

  /** The last token of {@code USE [NS x] [DB y]}. */
  private static int useEnd(List<Token> tokens, int use) {
    int end = use;
    int j = use + 1;
    while (j + 1 < tokens.size()
        && tokens.get(j).type() == TokenType.WORD
        && (NAMESPACE.contains(upper(tokens.get(j))) || DATABASE.contains(upper(tokens.get(j))))) {
      end = j + 1;
      j += 2;
    }
    return end;
  }

  /**
   * The name after {@code NAMESPACE|DATABASE} at {@code kind}, skipping {@code OVERWRITE} and
   * {@code IF [NOT] EXISTS}.
   */
  private static int nameEnd(List<Token> tokens, int kind) {
    int j = kind + 1;
    while (j < tokens.size()
        && (tokens.get(j).isWord("OVERWRITE")
            || tokens.get(j).isWord("IF")
            || tokens.get(j).isWord("NOT")
            || tokens.get(j).isWord("EXISTS"))) {
      j++;
    }
    return Math.min(j, tokens.size() - 1);
  }

  private static ScopeEscape escape(
      ScopeEscape.Kind kind,
      Scope reaches,
      Statement statement,
      List<Token> tokens,
      int first,
      int last) {
    StringBuilder text = new StringBuilder();
    for (int k = first; k <= last && k < tokens.size(); k++) {
      if (k > first) {
        text.append(' ');
      }
      text.append(tokens.get(k).text());
    }
    Token start = tokens.get(first);
    return new ScopeEscape(kind, reaches, statement, start.line(), start.column(), text.toString());
  }

  private static boolean startsStatement(List<Token> tokens, int i) {
    if (i == 0) {
      return true;
    }
    Token previous = tokens.get(i - 1);
    return previous.type() == TokenType.SEMICOLON
        || previous.type() == TokenType.OPEN && !previous.text().equals("[")
        || previous.type() == TokenType.WORD && STATEMENT_START.contains(upper(previous));
  }

  /**
   * Whether the word at {@code i} follows {@code .} or {@code ::}, i.e. is a field or function path
   * part.
   */
  private static boolean afterPath(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String previous = tokens.get(i - 1).text();
    return tokens.get(i - 1).type() == TokenType.OPERATOR
        && (previous.equals(".") || previous.equals("::"));
  }

  private static String upper(Token token) {
    return token.text().toUpperCase(Locale.ROOT);
  }
}
