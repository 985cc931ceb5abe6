package dev.surql.bench.junit5;

import dev.surql.junit5.SurqlMigrationChecks;
import dev.surql.junit5.SurqlMigrationTest;

/**
 * The fixture of {@link JUnitClassBenchmark}: the built-in checks of {@link SurqlMigrationChecks}
 * on the examples' migrations ({@code classpath:db/migrations} from the {@code examples} module).
 * Run only through {@code EngineTestKit}, never by a build's test runner (it is not under {@code
 * src/test}).
 */
@SurqlMigrationTest(migrations = ExamplesChecks.MIGRATIONS)
public class ExamplesChecks extends SurqlMigrationChecks {

  /** Where the examples' migrations are on the benchmarks' class path. */
  public static final String MIGRATIONS = "classpath:db/migrations";
}
