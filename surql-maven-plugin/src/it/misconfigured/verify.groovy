// A migrations directory that does not exist: the build stops with a message saying what to fix.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('no-such-directory does not exist: set <migrations> (-Dsurql.migrations)')
assert !new File(basedir, 'target/surql-reports').exists()
return true
