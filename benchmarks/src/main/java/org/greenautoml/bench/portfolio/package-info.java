/**
 * Learning the warm-start portfolio offline: candidate configurations of every family scored on
 * the shared datasets into a performance matrix, and the greedy portfolio selected from it
 * ({@link org.greenautoml.bench.portfolio.PortfolioLearner}, run by {@code scripts/portfolio.sh}).
 */
package org.greenautoml.bench.portfolio;
