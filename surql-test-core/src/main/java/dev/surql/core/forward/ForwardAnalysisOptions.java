package dev.surql.core.forward;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.snapshot.DatabaseSchema;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ForwardAnalyzer#analyze(java.util.List, ForwardAnalysisOptions)} knows besides the
 * ups: the database whose records it may count ({@link #withClient(SurqlClient)}; without one it
 * gives the static level only), the schema the first up would run on ({@link
 * #withSchema(DatabaseSchema)}) and the thresholds ({@link #withSettings(ForwardSettings)}, {@link
 * ForwardSettings#defaults()} unless given). Immutable; every {@code withX} returns a new instance.
 *
 * <pre>{@code
 * ForwardAnalyzer.analyze(pending, ForwardAnalysisOptions.staticLevel().withClient(client)
 *     .withSchema(Snapshots.captureSchema(client)).withSettings(ForwardSettings.fromEnvironment()));
 * }</pre>
 */
public final class ForwardAnalysisOptions {
  private static final ForwardAnalysisOptions STATIC =
      new ForwardAnalysisOptions(null, null, ForwardSettings.defaults());

  private final SurqlClient client;
  private final DatabaseSchema schema;
  private final ForwardSettings settings;

  private ForwardAnalysisOptions(
      SurqlClient client, DatabaseSchema schema, ForwardSettings settings) {
    this.client = client;
    this.schema = schema;
    this.settings = settings;
  }

  /**
   * The static level, against an unknown schema, with the default thresholds: no data is counted.
   */
  public static ForwardAnalysisOptions staticLevel() {
    return STATIC;
  }

  /** These options, counting the records at stake in the database {@code client} is bound to. */
  public ForwardAnalysisOptions withClient(SurqlClient client) {
    return new ForwardAnalysisOptions(Objects.requireNonNull(client, "client"), schema, settings);
  }

  /** These options, with the schema the first up runs on. */
  public ForwardAnalysisOptions withSchema(DatabaseSchema schema) {
    return new ForwardAnalysisOptions(client, Objects.requireNonNull(schema, "schema"), settings);
  }

  /** These options, with other thresholds. */
  public ForwardAnalysisOptions withSettings(ForwardSettings settings) {
    return new ForwardAnalysisOptions(client, schema, Objects.requireNonNull(settings, "settings"));
  }

  /** The client of the database to count records in; empty for the static level only. */
  public Optional<SurqlClient> client() {
    return Optional.ofNullable(client);
  }

  /** The schema before the first up; empty if unknown. */
  public Optional<DatabaseSchema> schema() {
    return Optional.ofNullable(schema);
  }

  /** The thresholds. */
  public ForwardSettings settings() {
    return settings;
  }

  @Override
  public String toString() {
    return "ForwardAnalysisOptions["
        + (client == null
            ? "static level"
            : "counting in " + client.settings().namespace() + "/" + client.settings().database())
        + (schema == null ? ", schema unknown" : ", schema given")
        + ", "
        + settings
        + "]";
  }
}
