/** Bean Validation constraints across the fields of one record; their validators live in osteomet-validation. */
package org.osteomet.core.constraints;
