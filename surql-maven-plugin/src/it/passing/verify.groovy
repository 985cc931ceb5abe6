// A migration set whose checks pass: the build succeeds and writes every report.
def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/surql-reports')
assert log.contains('Verification passed: 2 migrations')
assert log.contains('SQ101 remove-table')
assert log.contains('allowed')
['surql-verify.json', 'surql-verify.md', 'surql-verify.sarif', 'TEST-surql-verify.xml'].each {
    assert new File(reports, it).isFile() : "missing report $it"
}
assert new File(reports, 'surql-verify.sarif').text.contains('"version" : "2.1.0"')
assert new File(reports, 'TEST-surql-verify.xml').text.contains('failures="0"')
// the password of the <server> named by <serverId> is used, never logged
assert !log.contains('it-secret-never-logged')
return true
