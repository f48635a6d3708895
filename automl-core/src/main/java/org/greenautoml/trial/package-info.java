/**
 * Trials: the preprocessing that travels with a trained model ({@link org.greenautoml.trial.Preprocessor},
 * {@link org.greenautoml.trial.InputLayout}), the trained model ({@link
 * org.greenautoml.trial.TrialModel}) and what a trial measured ({@link
 * org.greenautoml.trial.TrialMetrics}, {@link org.greenautoml.trial.TrialSite}). How a trial runs
 * is internal: {@code org.greenautoml.trial.internal}.
 */
package org.greenautoml.trial;
