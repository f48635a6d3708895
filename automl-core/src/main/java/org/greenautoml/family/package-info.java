/**
 * Model families: for each learning algorithm, its hyperparameter space with defaults and ranges,
 * the datasets it applies to, and a factory from a configuration to a trained Tribuo model.
 *
 * <p>{@link org.greenautoml.family.Families} is the explicit registry. Implementations are
 * package-private; callers see {@link org.greenautoml.family.ModelFamily}.
 */
package org.greenautoml.family;
