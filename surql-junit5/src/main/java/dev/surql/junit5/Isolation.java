package dev.surql.junit5;

/**
 * How test scopes share databases under {@link SurqlMigrationTest}: one migrated database for the
 * whole test class, or a fresh one for every test method. Either way each scope has its own
 * namespace and database on the shared engine, removed when the scope ends.
 */
public enum Isolation {
  /**
   * One database per test class, migrated before {@code @BeforeAll} methods run. Its test methods
   * share it, so they never run concurrently (the class holds a JUnit resource lock of its own).
   */
  PER_CLASS,
  /**
   * A fresh database per test method, migrated before its {@code @BeforeEach} methods run; the
   * methods may run concurrently under JUnit's parallel execution.
   */
  PER_METHOD
}
