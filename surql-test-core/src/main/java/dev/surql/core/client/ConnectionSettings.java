package dev.surql.core.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom a {@link SurqlClient} connects: the server URL, namespace, database and root
 * credentials. The password never appears in {@link #toString()}.
 */
public final class ConnectionSettings {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final URI url;
  private final String namespace;
  private final String database;
  private final String user;
  private final String password;
  private final Duration timeout;

  private ConnectionSettings(
      URI url, String namespace, String database, String user, String password, Duration timeout) {
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
    this.url = url;
    this.namespace = namespace;
    this.database = database;
    this.user = user;
    this.password = password;
    this.timeout = timeout;
  }

  /** The server URL, without a trailing {@code /}. */
  public URI url() {
    return url;
  }

  /** The namespace selected; empty for none. */
  public String namespace() {
    return namespace;
  }

  /** The database selected; empty for none. */
  public String database() {
    return database;
  }

  /** The root user. */
  public String user() {
    return user;
  }

  /** The root user's password. */
  public String password() {
    return password;
  }

  /** How long one request may take. */
  public Duration timeout() {
    return timeout;
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
    return "ConnectionSettings[url="
        + url
        + ", namespace="
        + namespace
        + ", database="
        + database
        + ", user="
        + user
        + ", password=***, timeout="
        + timeout
        + "]";
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ConnectionSettings that
        && url.equals(that.url)
        && namespace.equals(that.namespace)
        && database.equals(that.database)
        && user.equals(that.user)
        && password.equals(that.password)
        && timeout.equals(that.timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, namespace, database, user, password, timeout);
  }
}
