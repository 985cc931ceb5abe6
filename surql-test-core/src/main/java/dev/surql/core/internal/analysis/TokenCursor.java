package dev.surql.core.internal.analysis;

import static dev.surql.core.internal.analysis.StatementTokens.isIdentifier;
import static dev.surql.core.internal.analysis.StatementTokens.pathOf;
import static dev.surql.core.internal.analysis.StatementTokens.splitTopLevel;
import static dev.surql.core.internal.analysis.StatementTokens.statementText;
import static dev.surql.core.internal.analysis.StatementTokens.until;

import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.migration.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a statement's significant tokens from left to right: words, identifiers, function names,
 * field paths, {@code ON [TABLE] name}, {@code IF [NOT] EXISTS} / {@code OVERWRITE}, the targets of
 * a write and its {@code WHERE} condition.
 */
final class TokenCursor {

  /** How a {@code DEFINE} treats an existing element. */
  enum Mode {
    PLAIN,
    OVERWRITE,
    IF_NOT_EXISTS
  }

  /** The targets of a DELETE/UPDATE/CREATE: whole tables, record ids, or something else. */
  record Targets(
      List<String> wholeTables,
      List<String> records,
      List<String> tables,
      Optional<String> unknown) {
    boolean isEmpty() {
      return wholeTables.isEmpty() && records.isEmpty() && unknown.isEmpty();
    }
  }

  private static final Set<String> TARGET_END =
      Set.of(
          "WHERE",
          "RETURN",
          "TIMEOUT",
          "PARALLEL",
          "EXPLAIN",
          "CONTENT",
          "MERGE",
          "REPLACE",
          "PATCH",
          "SET",
          "UNSET",
          "WITH",
          "ONLY");

  /** The words that end a {@code WHERE} condition. */
  static final Set<String> CONDITION_END = Set.of("RETURN", "TIMEOUT", "PARALLEL", "EXPLAIN");

  private final Statement statement;
  private final List<Token> tokens;
  private int position;

  TokenCursor(Statement statement, List<Token> tokens, int position) {
    this.statement = statement;
    this.tokens = tokens;
    this.position = position;
  }

  private Optional<Token> peek(int ahead) {
    int i = position + ahead;
    return i < tokens.size() ? Optional.of(tokens.get(i)) : Optional.empty();
  }

  Optional<String> word() {
    Optional<Token> t = peek(0).filter(tok -> tok.type() == TokenType.WORD);
    t.ifPresent(tok -> position++);
    return t.map(Token::text);
  }

  boolean acceptWord(String word) {
    if (peek(0).filter(t -> t.isWord(word)).isPresent()) {
      position++;
      return true;
    }
    return false;
  }

  void ifExists() {
    if (peek(0).filter(t -> t.isWord("IF")).isPresent()
        && peek(1).filter(t -> t.isWord("EXISTS")).isPresent()) {
      position += 2;
    }
  }

  Mode mode() {
    if (acceptWord("OVERWRITE")) {
      return Mode.OVERWRITE;
    }
    if (peek(0).filter(t -> t.isWord("IF")).isPresent()
        && peek(1).filter(t -> t.isWord("NOT")).isPresent()
        && peek(2).filter(t -> t.isWord("EXISTS")).isPresent()) {
      position += 3;
      return Mode.IF_NOT_EXISTS;
    }
    return Mode.PLAIN;
  }

  Optional<String> identifier() {
    Optional<Token> t = peek(0);
    if (t.isPresent() && (isIdentifier(t.get()) || t.get().type() == TokenType.PARAMETER)) {
      position++;
      return Optional.of(
          t.get().type() == TokenType.PARAMETER ? "$" + t.get().value() : t.get().value());
    }
    return Optional.empty();
  }

  Optional<String> functionName() {
    StringBuilder name = new StringBuilder();
    while (position < tokens.size() && tokens.get(position).type() != TokenType.OPEN) {
      Token t = tokens.get(position);
      if (!isIdentifier(t) && !t.text().equals("::")) {
        break;
      }
      name.append(isIdentifier(t) ? t.value() : t.text());
      position++;
    }
    return name.length() == 0 ? Optional.empty() : Optional.of(name.toString());
  }

  /** A field path up to the top-level word {@code ON}. */
  String path() {
    int depth = 0;
    int start = position;
    while (position < tokens.size()) {
      Token t = tokens.get(position);
      if (depth == 0 && t.isWord("ON") && position > start) {
        break;
      }
      if (t.type() == TokenType.OPEN) {
        depth++;
      } else if (t.type() == TokenType.CLOSE) {
        depth--;
      }
      position++;
    }
    return pathOf(tokens.subList(start, position));
  }

  /** {@code ON [TABLE] name}. */
  Optional<String> onTable() {
    if (!acceptWord("ON")) {
      return Optional.empty();
    }
    acceptWord("TABLE");
    if (peek(0)
            .filter(
                t ->
                    t.isWord("ROOT")
                        || t.isWord("NAMESPACE")
                        || t.isWord("DATABASE")
                        || t.isWord("NS")
                        || t.isWord("DB"))
            .isPresent()
        && peek(1).isEmpty()) {
      return Optional.empty();
    }
    return identifier();
  }

  List<Token> remaining() {
    List<Token> rest = tokens.subList(Math.min(position, tokens.size()), tokens.size());
    position = tokens.size();
    return rest;
  }

  String rest() {
    return Abbreviation.oneLine(
        textOf(tokens.subList(Math.min(position, tokens.size()), tokens.size())), 120);
  }

  String textOf(List<Token> part) {
    return statementText(statement, part);
  }

  Targets targets() {
    List<Token> part = until(tokens.subList(position, tokens.size()), TARGET_END);
    position += part.size();
    List<String> whole = new ArrayList<>();
    List<String> records = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (List<Token> target : splitTopLevel(part)) {
      Token first = target.get(0);
      if (target.size() == 1 && isIdentifier(first)) {
        whole.add(first.value());
        addOnce(tables, first.value());
      } else if (target.size() >= 3
          && isIdentifier(first)
          && target.get(1).text().equals(":")
          && target.stream()
              .noneMatch(
                  t ->
                      t.text().equals("->")
                          || t.text().equals("<-")
                          || t.text().equals("<->")
                          || t.type() == TokenType.PARAMETER)) {
        records.add(textOf(target));
        addOnce(tables, first.value());
      } else {
        unknown.add(textOf(target));
      }
    }
    return new Targets(
        whole,
        records,
        tables,
        unknown.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", unknown)));
  }

  /** {@code WHERE cond} up to RETURN/TIMEOUT/PARALLEL/EXPLAIN, if the cursor is at WHERE. */
  Optional<String> condition() {
    if (!acceptWord("WHERE")) {
      return Optional.empty();
    }
    List<Token> cond = until(tokens.subList(position, tokens.size()), CONDITION_END);
    position += cond.size();
    return cond.isEmpty() ? Optional.empty() : Optional.of(textOf(cond));
  }

  private static void addOnce(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }
}
