/**
 * Internal: the strict JSON parser, the content folder layout and the reader that binds files to records, used by
 * osteomet's own modules (validation, the command line, the benchmarks).
 *
 * <p>Not API: anything here may change or go in any release without notice. Applications load content with
 * {@link org.osteomet.content.ContentLoader}.
 */
package org.osteomet.content.internal;
