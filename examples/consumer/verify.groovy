// The consumer answered all seven questions from the packaged content.
def log = new File(basedir, 'build.log').text
assert log.contains('1. Side effects of zoledronic acid')
assert log.contains('- osteonecrosis of the jaw (rare), normal, stated for [bisphosphonates] [acs-bone-metastasis-2012, webmd-treating-bone-metastasis]')
assert log.contains('- denosumab — precaution: having tooth and jaw problems treated before starting')
assert log.contains('- zoledronate (as bisphosphonates)')
assert log.contains('- radiopharmaceuticals — indicated for: multiple bone metastases (can)')
assert log.contains('  instead: radiopharmaceuticals — side effect: damage to the bone marrow (can) [preferred]')
assert log.contains('- safe: [denosumab]')
assert log.contains('- radium-223 — under study: being studied as a radiopharmaceutical')
