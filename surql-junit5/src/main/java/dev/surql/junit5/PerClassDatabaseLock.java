package dev.surql.junit5;

import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Keeps the test methods of a {@link Isolation#PER_CLASS} class from running concurrently: they
 * share one database, so one method's writes would show in another's. The class takes an exclusive
 * JUnit resource lock of its own, which makes JUnit run its methods (and nested classes) one after
 * the other in one thread even under {@code @Execution(CONCURRENT)} or {@code
 * junit.jupiter.execution.parallel.mode.default=concurrent}; other classes still run in parallel
 * with it. {@link Isolation#PER_METHOD} classes take no lock.
 */
final class PerClassDatabaseLock implements ResourceLocksProvider {
  /** The prefix of the lock keys, followed by the test class name. */
  static final String KEY_PREFIX = "dev.surql.junit5.database:";

  @Override
  public Set<Lock> provideForClass(Class<?> testClass) {
    return AnnotationSupport.findAnnotation(testClass, SurqlMigrationTest.class)
        .filter(annotation -> annotation.isolation() == Isolation.PER_CLASS)
        .map(
            annotation ->
                Set.of(new Lock(KEY_PREFIX + testClass.getName(), ResourceAccessMode.READ_WRITE)))
        .orElse(Set.of());
  }
}
