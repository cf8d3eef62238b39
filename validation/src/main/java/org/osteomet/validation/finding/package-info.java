/** Findings: what a check found, where, and how much it matters. */
package org.osteomet.validation.finding;
