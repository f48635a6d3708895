/**
 * The carbon budget: a ledger in kg CO2e with reserve / commit / release, a cost predictor that
 * learns an upper estimate of a trial's cost from finished trials, and optional wall-time and
 * trial-count limits.
 */
package org.greenautoml.search.budget;
