package dev.surql.core.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * What a relation table ({@code TYPE RELATION}) connects: the tables allowed at {@code IN} and at
 * {@code OUT} (empty means any), and whether the relation is {@code ENFORCED}.
 */
public record RelationSchema(List<String> in, List<String> out, boolean enforced) {
  public RelationSchema {
    in = List.copyOf(Objects.requireNonNull(in, "in"));
    out = List.copyOf(Objects.requireNonNull(out, "out"));
  }
}
