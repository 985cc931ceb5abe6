package dev.surql.core.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;
import java.net.URI;

/** A SurrealDB server run by somebody else, at a URL. Closing it does nothing to the server. */
public final class ExternalEngine extends StartedEngine {

  private ExternalEngine(ConnectionSettings settings, String version) {
    super(EngineKind.EXTERNAL, settings, version);
  }

  /** Connects to {@code surql.url}, checking that it answers {@code GET /health}. */
  public static ExternalEngine connect(EngineConfig config) {
    String url = config.url().orElseThrow(() -> new SurqlException(ErrorCode.INVALID_CONFIGURATION,
        "surql.engine=EXTERNAL needs a server URL: set surql.url (SURQL_URL), e.g. http://127.0.0.1:8000"));
    ConnectionSettings settings;
    try {
      settings = ConnectionSettings.of(URI.create(url), config.user(), config.password());
    } catch (IllegalArgumentException e) {
      throw new SurqlException(ErrorCode.INVALID_CONFIGURATION, "surql.url=" + url + " is not a usable URL: "
          + e.getMessage(), e);
    }
    SurqlClient client = SurqlClient.connect(settings);
    if (!client.isHealthy()) {
      throw new SurqlException(ErrorCode.CONNECTION_REFUSED, "SurrealDB at " + url
          + " does not answer GET /health with 200. Is it running? (surql.url / SURQL_URL)");
    }
    return new ExternalEngine(settings, client.serverVersion());
  }

  @Override
  public void close() {
    // not ours to stop
  }
}
