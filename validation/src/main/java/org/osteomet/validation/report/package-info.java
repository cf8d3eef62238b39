/** Writes validation reports as text, JSON, SARIF 2.1.0 or GitHub workflow annotations. */
package org.osteomet.validation.report;
