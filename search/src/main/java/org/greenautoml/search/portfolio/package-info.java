/**
 * Warm-start portfolios: a performance matrix of candidate configurations over datasets, measured
 * offline, and the greedy selection of auto-sklearn 2.0 (Feurer et al. 2022, "Auto-Sklearn 2.0:
 * Hands-free AutoML via Meta-Learning", section 4.1) that turns it into an ordered list of
 * configurations a search evaluates first. Leave-one-dataset-out portfolios are computed from the
 * same matrix by ignoring the held-out datasets' columns.
 */
package org.greenautoml.search.portfolio;
