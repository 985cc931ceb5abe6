// A down that forgets an index: the build fails naming the file, line and rule code.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('surql verify failed: 1 finding fails the build (failOn=error):')
assert log.contains('migrations/20260102_000000_nickname.surql:7:1: 20260102_000000: SQ202 down-not-restoring: down does not restore the schema')
assert log.contains('nickname_idx')
assert new File(basedir, 'target/surql-reports/TEST-surql-verify.xml').text.contains('type="SQ202"')
assert !log.contains('it-secret-never-logged')
return true
