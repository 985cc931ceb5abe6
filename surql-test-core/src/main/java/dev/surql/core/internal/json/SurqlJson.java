package dev.surql.core.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one Jackson {@link ObjectMapper} of surql-test, shared by the client, the snapshot codec, the
 * reports, the CLI, the JUnit extension and the benchmarks: configured once, here, so that every
 * JSON surql-test reads or writes follows the same rules. An {@code ObjectMapper} is thread-safe
 * once configured; nobody may configure this one further (take a {@link ObjectMapper#copy() copy}).
 */
public final class SurqlJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private SurqlJson() {}

  /** The shared mapper: reads trees, creates nodes, writes compact JSON. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A writer of the shared mapper that indents (reports, snapshot files, CLI output). */
  public static ObjectWriter pretty() {
    return PRETTY;
  }
}
