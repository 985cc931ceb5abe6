package dev.surql.core.internal.engine;

import dev.surql.core.engine.EngineKind;
import java.util.Objects;

/** The engine kind {@link EngineKind#AUTO} (or an explicit setting) chose, and why. */
public record EngineResolution(EngineKind kind, String reason) {
  public EngineResolution {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (kind == EngineKind.AUTO) {
      throw new IllegalArgumentException("a resolution names a concrete engine kind, not AUTO");
    }
  }
}
