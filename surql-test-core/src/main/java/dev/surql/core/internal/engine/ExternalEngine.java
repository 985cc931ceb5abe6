package dev.surql.core.internal.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import java.net.URI;

/**
 * A SurrealDB server run by somebody else, at a URL. Closing it does nothing to the server. Its
 * capabilities are set by whoever started it: {@code surql.capabilities} cannot change them (a
 * warning says so). With {@code surql.version} set, it must report a version of that line.
 */
public final class ExternalEngine extends StartedEngine {
  private static final System.Logger LOG = System.getLogger(ExternalEngine.class.getName());

  private ExternalEngine(ConnectionSettings settings, String version) {
    super(EngineKind.EXTERNAL, settings, version);
  }

  /** Connects to {@code surql.url}, checking that it answers {@code GET /health}. */
  public static ExternalEngine connect(EngineConfig config) {
    String url =
        config
            .url()
            .orElseThrow(
                () ->
                    new SurqlException(
                        ErrorCode.INVALID_CONFIGURATION,
                        "surql.engine=EXTERNAL needs a server URL: set surql.url (SURQL_URL), e.g. http://127.0.0.1:8000"));
    ConnectionSettings settings;
    try {
      settings = ConnectionSettings.of(URI.create(url), config.user(), config.password());
    } catch (IllegalArgumentException e) {
      throw new SurqlException(
          ErrorCode.INVALID_CONFIGURATION,
          "surql.url=" + url + " is not a usable URL: " + e.getMessage(),
          e);
    }
    SurqlClient client = SurqlClient.connect(settings);
    if (!client.isHealthy()) {
      throw new SurqlException(
          ErrorCode.CONNECTION_REFUSED,
          "SurrealDB at "
              + url
              + " does not answer GET /health with 200. Is it running? (surql.url / SURQL_URL)");
    }
    if (!config.capabilities().isNone()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "surql.capabilities="
              + config.capabilities()
              + " cannot be applied to the "
              + "EXTERNAL server at "
              + url
              + ": capabilities are set when a server starts. Start it with "
              + String.join(" ", config.capabilities().startArguments())
              + " if its migrations need them.");
    }
    return new ExternalEngine(settings, client.serverVersion());
  }

  @Override
  public void close() {
    // not ours to stop
  }
}
