// The consumer printed real side effects with their sources.
def log = new File(basedir, 'build.log').text
assert log.contains('Side effects of denosumab (Xgeva):')
assert log.contains('- osteonecrosis of the jaw')
assert log.contains('acs-bone-metastasis-2012')
