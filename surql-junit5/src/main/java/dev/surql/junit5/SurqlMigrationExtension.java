package dev.surql.junit5;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.MigrationTimeline;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link SurqlMigrationTest}: sets up the class's migrations and databases,
 * resolves parameters, and writes the report. As a class template provider it runs the class once
 * per SurrealDB release line of {@link SurqlMigrationTest#surrealdb()}. State lives in the
 * extension context stores; scopes are {@link AutoCloseable} so JUnit removes their databases.
 */
final class SurqlMigrationExtension
    implements ClassTemplateInvocationContextProvider,
        BeforeClassTemplateInvocationCallback,
        AfterClassTemplateInvocationCallback,
        BeforeAllCallback,
        BeforeEachCallback,
        AfterAllCallback,
        ParameterResolver {
  static final Namespace NAMESPACE = Namespace.create(SurqlMigrationExtension.class);
  private static final String SUITE = "suite";
  private static final String SCOPE = "scope";
  private static final Set<Class<?>> SUPPORTED =
      Set.of(
          SurqlClient.class,
          SurqlDatabase.class,
          MigrationSet.class,
          MigrationTimeline.class,
          SchemaSnapshot.class,
          SurqlMigrations.class);

  @Override
  public boolean supportsClassTemplate(ExtensionContext context) {
    return AnnotationSupport.isAnnotated(context.getRequiredTestClass(), SurqlMigrationTest.class);
  }

  @Override
  public Stream<? extends ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(
      ExtensionContext context) {
    return SuiteState.invocations(context.getRequiredTestClass()).stream();
  }

  /**
   * Sets up one run of a class that runs on several release lines: its own suite and, under
   * PER_CLASS isolation, its own database. (A class with one run is set up once in {@link
   * #beforeAll}.)
   */
  @Override
  public void beforeClassTemplateInvocation(ExtensionContext context) {
    if (!singleRun(context)) {
      setUp(context, () -> SurrealDbInvocation.of(context));
    }
  }

  /**
   * Sets up a class with one run here, so that its {@code @BeforeAll} methods can take parameters;
   * a {@code @Nested} class shares its enclosing run's suite and scope.
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    if (SurrealDbInvocation.isTemplate(context)) {
      List<SurrealDbInvocation> runs = SuiteState.invocations(context.getRequiredTestClass());
      if (runs.size() == 1) {
        setUp(context, runs.get(0)::version);
      }
      return;
    }
    setUp(
        context,
        () ->
            SurrealDbInvocation.of(context)
                .or(() -> SuiteState.onlyLine(context.getRequiredTestClass())));
  }

  private void setUp(ExtensionContext context, Supplier<Optional<String>> version) {
    JUnitSupport.check(context);
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (store.get(SUITE, SuiteState.class) != null) {
      return; // a @Nested class shares its enclosing class's suite and scope
    }
    SuiteState suite = SuiteState.create(context, version.get());
    store.put(SUITE, suite);
    if (suite.isolation() == Isolation.PER_CLASS) {
      store.put(SCOPE, suite.openScope(suite.testClass().getSimpleName()));
    }
  }

  private static boolean singleRun(ExtensionContext context) {
    return SuiteState.invocations(context.getRequiredTestClass()).size() == 1;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    SuiteState suite = suite(context);
    if (suite.isolation() == Isolation.PER_METHOD) {
      String name =
          suite.testClass().getSimpleName() + "_" + context.getRequiredTestMethod().getName();
      context.getStore(NAMESPACE).put(SCOPE, suite.openScope(name));
    }
  }

  /** Writes the report of one run of a class that runs on several release lines. */
  @Override
  public void afterClassTemplateInvocation(ExtensionContext context) {
    if (!singleRun(context)) {
      publish(context);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (!SurrealDbInvocation.isTemplate(context) || singleRun(context)) {
      publish(context);
    }
  }

  private void publish(ExtensionContext context) {
    SuiteState suite = context.getStore(NAMESPACE).get(SUITE, SuiteState.class);
    if (suite != null && suite.testClass() == context.getRequiredTestClass()) {
      SuiteReport.publish(context, suite);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return SUPPORTED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    SuiteState suite = context.getStore(NAMESPACE).get(SUITE, SuiteState.class);
    if (suite == null && SurrealDbInvocation.isTemplate(context)) {
      throw new ParameterResolutionException(
          "Cannot resolve "
              + describe(parameter)
              + ": "
              + context.getRequiredTestClass().getSimpleName()
              + " runs once per release line of @SurqlMigrationTest"
              + "(surrealdb = …), and a @BeforeAll method runs once for all of them. Declare the parameter on a"
              + " @BeforeEach or test method.");
    }
    if (suite == null) {
      throw new ParameterResolutionException(
          "Cannot resolve "
              + describe(parameter)
              + ": the @SurqlMigrationTest"
              + " setup has not run (or failed) for "
              + context.getDisplayName());
    }
    if (type == MigrationSet.class) {
      return suite.migrations();
    }
    MigrationScope scope = context.getStore(NAMESPACE).get(SCOPE, MigrationScope.class);
    if (scope == null) {
      throw new ParameterResolutionException(
          "Cannot resolve "
              + describe(parameter)
              + ": "
              + "@SurqlMigrationTest(isolation = PER_METHOD) gives every test method its own database, so there is none"
              + " yet here. Declare the parameter on a @BeforeEach or test method, or use isolation = PER_CLASS.");
    }
    SurqlMigrations runner = scope.runner();
    if (type == SurqlClient.class) {
      return runner.client();
    } else if (type == SurqlDatabase.class) {
      return runner.database();
    } else if (type == MigrationTimeline.class) {
      try {
        return runner.timeline();
      } catch (IllegalStateException e) {
        throw new ParameterResolutionException(
            "Cannot resolve " + describe(parameter) + ": " + e.getMessage(), e);
      }
    } else if (type == SchemaSnapshot.class) {
      return runner.snapshot();
    }
    return runner;
  }

  private static SuiteState suite(ExtensionContext context) {
    SuiteState suite = context.getStore(NAMESPACE).get(SUITE, SuiteState.class);
    if (suite == null) {
      throw new IllegalStateException(
          "@SurqlMigrationTest setup did not run for " + context.getDisplayName());
    }
    return suite;
  }

  private static String describe(ParameterContext parameter) {
    return "parameter "
        + parameter.getParameter().getType().getSimpleName()
        + " "
        + parameter.getParameter().getName()
        + " of "
        + parameter.getDeclaringExecutable().getName()
        + "()";
  }
}
