package dev.surql.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text table with aligned columns, rendered either plain (a header, a dashed rule, rows separated
 * by two spaces) or boxed with Unicode line-drawing characters, the way {@code surql migrate
 * list-snapshots} prints it.
 */
final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "expected " + headers.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(Objects.toString(cell, "").replace('\n', ' '));
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  private int[] widths() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  /** Columns separated by two spaces, the header underlined with dashes; lines end with \n. */
  String plain() {
    int[] widths = widths();
    StringBuilder text = new StringBuilder();
    plainLine(text, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    plainLine(text, rule, widths);
    for (List<String> row : rows) {
      plainLine(text, row, widths);
    }
    return text.toString();
  }

  private static void plainLine(StringBuilder text, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(pad(cells.get(i), widths[i]));
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  /** A box of line-drawing characters around the header and the rows; lines end with \n. */
  String boxed() {
    int[] widths = widths();
    StringBuilder text = new StringBuilder();
    rule(text, widths, '┌', '┬', '┐');
    boxLine(text, headers, widths);
    rule(text, widths, '├', '┼', '┤');
    for (List<String> row : rows) {
      boxLine(text, row, widths);
    }
    rule(text, widths, '└', '┴', '┘');
    return text.toString();
  }

  private static void rule(StringBuilder text, int[] widths, char left, char middle, char right) {
    text.append(left);
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        text.append(middle);
      }
      text.append("─".repeat(widths[i] + 2));
    }
    text.append(right).append('\n');
  }

  private static void boxLine(StringBuilder text, List<String> cells, int[] widths) {
    text.append('│');
    for (int i = 0; i < cells.size(); i++) {
      text.append(' ').append(pad(cells.get(i), widths[i])).append(" │");
    }
    text.append('\n');
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
