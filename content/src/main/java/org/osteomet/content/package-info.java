/**
 * Loads the packaged osteomet content, or a content folder, into {@link org.osteomet.core.Content}: start with
 * {@link org.osteomet.content.ContentLoader}.
 */
package org.osteomet.content;
