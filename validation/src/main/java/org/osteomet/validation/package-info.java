/** Checks osteomet content in layers (parse, schema, records, consistency rules) and reports located findings. */
package org.osteomet.validation;
