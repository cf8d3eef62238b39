// It failed for the Jackson import alone: osteomet's own types compiled.
def log = new File(basedir, 'build.log').text
assert log.contains('COMPILATION ERROR')
assert log.contains('package tools.jackson.databind does not exist')
assert !log.contains('package org.osteomet.content does not exist')
assert !log.contains('package org.osteomet.core does not exist')
