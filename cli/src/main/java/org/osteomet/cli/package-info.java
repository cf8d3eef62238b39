/** The osteomet command line: the CI gate for content and the generator of data files. */
package org.osteomet.cli;
