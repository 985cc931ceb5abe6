package dev.surql.core.internal.migration;

/**
 * A migration file found at a location, read into memory.
 *
 * @param relativeName its path relative to the location, with {@code /} separators
 * @param displayName how messages name it (a path, or {@code classpath:} and the resource name)
 * @param content its bytes, not yet decoded
 */
public record SourceFile(String relativeName, String displayName, byte[] content) {}
