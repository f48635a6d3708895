/**
 * How one trial runs (internal, not exported): the metered training and evaluation of one
 * configuration at one fidelity ({@link org.greenautoml.trial.internal.MeteredTrialEvaluator}), the
 * prepared data and its nested subsamples ({@link org.greenautoml.trial.internal.PreparedData}),
 * cross-validation of top-fidelity trials, the refit of front models, and the dataset view that
 * stops a trial when the budget is spent. The engine, the worker processes and the cluster members
 * use them; the API sees only what they produce ({@code TrialMetrics}, {@code TrialModel}).
 */
package org.greenautoml.trial.internal;
