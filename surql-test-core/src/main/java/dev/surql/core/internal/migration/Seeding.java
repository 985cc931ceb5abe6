package dev.surql.core.internal.migration;

import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.migration.Migration;
import dev.surql.core.verify.SeedData;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs seed data: the statements a {@link SeedData} holds for a version, right before that
 * migration is applied. The verifier's walk and the JUnit extension's migration scopes seed alike,
 * through this class: all of a version's statements in one request, each failure reported with the
 * caller's words around the server's message.
 */
public final class Seeding {

  private Seeding() {}

  /**
   * Runs the statements {@code seeds} holds for {@code migration}'s version, if any.
   *
   * @param failure the message of the exception thrown when a seed statement fails, from the
   *     server's exception (whose code the thrown exception keeps)
   * @return whether there were statements to run
   * @throws SurqlException if a seed statement fails
   */
  public static boolean before(
      Migration migration,
      SeedData seeds,
      SurqlClient client,
      Function<SurqlException, String> failure) {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(failure, "failure");
    List<String> statements = seeds.forVersion(migration.version());
    if (statements.isEmpty()) {
      return false;
    }
    try {
      client.query(String.join(";\n", statements) + ";");
    } catch (SurqlException e) {
      throw new SurqlException(e.code(), failure.apply(e), e);
    }
    return true;
  }
}
