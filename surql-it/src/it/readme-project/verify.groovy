// Checks the README project's build beyond "it passed": its tests ran on the directory given by
// -Dmigrations.dir, the dynamic tests have readable names, and the report went to target/.
def fail = { String message -> throw new AssertionError(message) }
File log = new File(basedir, 'build.log')
String text = log.getText('UTF-8')
if (!text.contains('Tests run: ') || !text.contains('BUILD SUCCESS')) {
  fail("the README project did not run its tests; see ${log}")
}
if (text.contains('AssertJ has found')) {
  fail('AssertJ printed its representation banner: surql-test must not register a representation globally')
}
File xml = new File(basedir, 'target/surefire-reports/TEST-com.example.ShopMigrationsTest.xml')
if (!xml.isFile()) {
  fail("no Surefire XML report at ${xml}")
}
String report = xml.getText('UTF-8')
['20260101_090000 Customers with a nested address and tags', '20260102_090000', '20260103_090000',
 'theFirstMigrationCreatesTheCustomerTable', 'everyMigrationIsReversibleOrHasNoDown'].each { name ->
  if (!report.contains(name)) {
    fail("the Surefire XML report does not name the test '${name}' (phrased names not configured?)")
  }
}
if (report =~ /testcase name="\[\d+\]/) {
  fail('the Surefire XML report names dynamic tests [n]: the phrased-name reporter is not in effect')
}
File json = new File(basedir, 'target/surql-reports/com.example.ShopMigrationsTest.json')
if (!json.isFile()) {
  fail("no surql report at ${json}")
}
String location = new File(basedir, 'history').canonicalPath
if (!json.getText('UTF-8').contains('"location" : "' + location.replace('\\', '\\\\') + '"')) {
  fail("the surql report's location is not ${location}: -Dmigrations.dir was not used")
}
return true
