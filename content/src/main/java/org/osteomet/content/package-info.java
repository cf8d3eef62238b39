/** The packaged osteomet content and its strict JSON loader. */
package org.osteomet.content;
