/**
 * {@link org.greenautoml.errors.GreenAutoMLException}, the base of every user-facing error, in the
 * lowest module so that every other module's errors can extend it.
 */
package org.greenautoml.errors;
