/** Immutable records of osteomet content: sources, concepts, claims, adjudications and their aggregate. */
package org.osteomet.core;
