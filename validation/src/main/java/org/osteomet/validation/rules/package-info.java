/** Consistency rules over a whole content folder, one class each, listed in {@link org.osteomet.validation.rules.Rules}. */
package org.osteomet.validation.rules;
