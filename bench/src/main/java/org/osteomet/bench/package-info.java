/** A generator of large content folders and the benchmarks that measure osteomet on them; not deployed. */
package org.osteomet.bench;
