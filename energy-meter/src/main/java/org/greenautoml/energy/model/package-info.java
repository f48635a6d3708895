/**
 * The power model used where no energy counter can be read: a CPU load curve {@link
 * org.greenautoml.energy.model.LoadCurve} (idle power plus a fitted sub-linear rise, as SPECpower
 * style profiles, Boavizta and the Teads curve have it) matched to this machine's CPU ({@link
 * org.greenautoml.energy.model.CpuIdentity}, {@link org.greenautoml.energy.model.PowerCurveTable})
 * from published RAPL sweeps, TDP tables and CPU generations, with an uncertainty band derived from
 * held-out measurements ({@link org.greenautoml.energy.model.HeldOutValidation}); this machine's own
 * curve once calibrated with RAPL ({@link org.greenautoml.energy.model.Calibrator}); the memory
 * model (Green Algorithms); and the meter that charges CPU time by the curve. See {@code
 * docs/power-model.md} for the method and its measured accuracy.
 */
package org.greenautoml.energy.model;
