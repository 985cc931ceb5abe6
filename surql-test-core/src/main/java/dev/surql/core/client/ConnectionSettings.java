package dev.surql.core.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom a {@link SurqlClient} connects: the server URL, namespace, database and root
 * credentials. The password never appears in {@link #toString()}.
 */
public record ConnectionSettings(
    URI url, String namespace, String database, String user, String password, Duration timeout) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public ConnectionSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(timeout, "timeout");
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new IllegalArgumentException(
          "url must be an http:// or https:// URL of a SurrealDB server, but was: " + url);
    }
    if (url.getPath() != null && url.getPath().length() > 1) {
      url = URI.create(url.toString().replaceAll("/+$", ""));
    }
  }

  /** Settings with no namespace or database selected (empty strings). */
  public static ConnectionSettings of(URI url, String user, String password) {
    return new ConnectionSettings(url, "", "", user, password, DEFAULT_TIMEOUT);
  }

  public ConnectionSettings withNamespace(String namespace) {
    return new ConnectionSettings(url, namespace, database, user, password, timeout);
  }

  public ConnectionSettings withDatabase(String database) {
    return new ConnectionSettings(url, namespace, database, user, password, timeout);
  }

  public ConnectionSettings withTimeout(Duration timeout) {
    return new ConnectionSettings(url, namespace, database, user, password, timeout);
  }

  @Override
  public String toString() {
    return "ConnectionSettings[url=" + url + ", namespace=" + namespace + ", database=" + database
        + ", user=" + user + ", password=***, timeout=" + timeout + "]";
  }
}
