package dev.surql.core.internal.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Values derived from immutable schema objects (a {@code TableSchema}, say), remembered by the
 * object's identity. A migration walk captures several snapshots per migration, and consecutive
 * snapshots share the objects of every table no statement touched (see {@code
 * Snapshots.captureSchema}), so what is derived from an unchanged table (its part of the checksum's
 * canonical text, its model in the analyses) is computed once instead of once per snapshot.
 * Identity, not equality: comparing two tables field by field would cost what the memo saves.
 *
 * <p>A value depends on its object alone, so a memo holds no engine state; the least recently used
 * entries are dropped beyond its limit. Thread-safe.
 *
 * @param <K> the type of the schema objects
 * @param <V> the type of the derived values
 */
public final class SchemaMemo<K, V> {
  private final Function<K, V> derive;
  private final Map<Identity<K>, V> values;

  private SchemaMemo(int limit, Function<K, V> derive) {
    this.derive = derive;
    this.values =
        Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<Identity<K>, V> eldest) {
                return size() > limit;
              }
            });
  }

  /** A memo of {@code derive}'s results for at most {@code limit} objects. */
  public static <K, V> SchemaMemo<K, V> of(int limit, Function<K, V> derive) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    return new SchemaMemo<>(limit, Objects.requireNonNull(derive, "derive"));
  }

  /** The value derived from {@code key}, computed on first use of this very object. */
  public V get(K key) {
    Identity<K> identity = new Identity<>(Objects.requireNonNull(key, "key"));
    V known = values.get(identity);
    if (known != null) {
      return known;
    }
    V value = Objects.requireNonNull(derive.apply(key), "derived value");
    values.put(identity, value);
    return value;
  }

  /** A key equal only to a key of the same object. */
  private record Identity<K>(K object) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity<?> identity && identity.object == object;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(object);
    }
  }
}
