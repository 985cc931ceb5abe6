package dev.surql.core.verify;

import java.util.Objects;
import java.util.Optional;

/**
 * Seeded data that a down destroyed: records of a table, or values of a field, counted before the
 * down and after it.
 *
 * @param table the table
 * @param field the field, for values of one field; empty for whole records
 * @param before how many there were before the down
 * @param after how many were left after it
 */
public record DataLoss(String table, Optional<String> field, long before, long after) {
  public DataLoss {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(field, "field");
  }

  public long lost() {
    return before - after;
  }

  @Override
  public String toString() {
    return field
            .map(f -> lost() + " values of " + table + "." + f)
            .orElse(lost() + " records of " + table)
        + " ("
        + before
        + " → "
        + after
        + ")";
  }
}
