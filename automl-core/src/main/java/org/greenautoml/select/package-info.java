/**
 * Choosing one model from a run's Pareto front: {@link org.greenautoml.select.ModelSelector} (knee
 * point, best accuracy under a cap, cheapest within an accuracy loss) returning a
 * {@link org.greenautoml.select.Selection} that either names the model and why, or says that
 * nothing satisfies the request and lists the nearest candidates.
 */
package org.greenautoml.select;
