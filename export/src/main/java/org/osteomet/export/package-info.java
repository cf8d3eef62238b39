/** Writes osteomet content as canonical JSON, NDJSON, CSV and a FHIR R5 bundle, deterministically and atomically. */
package org.osteomet.export;
