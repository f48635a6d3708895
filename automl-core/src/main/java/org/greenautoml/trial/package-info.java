/**
 * Trials: the preprocessing that travels with a trained model ({@link org.greenautoml.trial.Preprocessor},
 * {@link org.greenautoml.trial.InputLayout}) and the metered training and evaluation of one
 * configuration at one fidelity.
 */
package org.greenautoml.trial;
