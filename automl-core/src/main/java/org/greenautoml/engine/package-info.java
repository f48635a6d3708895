/**
 * The engine's wiring, internal (not exported by the module): {@code SearchRun} assembles one
 * search from a {@link org.greenautoml.SearchSettings} and prepared data ({@code
 * DataPreparation}), opens the {@link org.greenautoml.engine.TrialBackend} its isolation names,
 * charges the engine's own energy ({@code OverheadCharger}, {@code OverheadAccount}), reports
 * progress ({@code ProgressReporter}), splits the seeds ({@code Seeds}) and picks the front
 * ({@code TrialFront}). See {@code docs/architecture.md} for the walk of one trial.
 */
package org.greenautoml.engine;
