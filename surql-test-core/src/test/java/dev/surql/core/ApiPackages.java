package dev.surql.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Optional;

/**
 * The API packages of surql-test-core: the one list both {@link ApiLineTest} and {@link
 * ApiCatalogueTest} read. A new package of core is either added here (and gets a section in
 * docs/api.md) or lives under {@value #INTERNAL}.
 */
final class ApiPackages {

  /** The packages users may depend on, in the order docs/api.md lists them. */
  static final List<String> API =
      List.of(
          "dev.surql.core",
          "dev.surql.core.engine",
          "dev.surql.core.engine.spi",
          "dev.surql.core.client",
          "dev.surql.core.migration",
          "dev.surql.core.snapshot",
          "dev.surql.core.rollback",
          "dev.surql.core.verify",
          "dev.surql.core.forward",
          "dev.surql.core.upgrade",
          "dev.surql.core.rule",
          "dev.surql.core.report");

  /** The root of the internal packages: no compatibility promise. */
  static final String INTERNAL = "dev.surql.core.internal";

  private static JavaClasses main;

  private ApiPackages() {}

  /** The main (not test) classes of surql-test-core, imported once per test JVM. */
  static synchronized JavaClasses mainClasses() {
    if (main == null) {
      main =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
              .importPackages("dev.surql.core");
    }
    return main;
  }

  static boolean isApiPackage(String packageName) {
    return API.contains(packageName);
  }

  static boolean isInternal(JavaClass type) {
    return type.getPackageName().equals(INTERNAL)
        || type.getPackageName().startsWith(INTERNAL + ".");
  }

  /**
   * Whether code outside surql-test-core can name the type: it is public, and so is every type it
   * is nested in.
   */
  static boolean isExposed(JavaClass type) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC)
        || type.isAnonymousClass()
        || type.isLocalClass()) {
      return false;
    }
    Optional<JavaClass> enclosing = type.getEnclosingClass();
    return enclosing.map(ApiPackages::isExposed).orElse(true);
  }
}
