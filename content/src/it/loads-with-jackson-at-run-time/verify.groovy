// The same kind of consumer, without the Jackson import, compiles and loads the content: Jackson is there at run time.
def log = new File(basedir, 'build.log').text
assert log =~ /Loaded [1-9][0-9]* claims from 5 sources/
