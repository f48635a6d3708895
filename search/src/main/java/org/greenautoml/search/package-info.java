/**
 * Model-agnostic search: spaces, samplers, multi-objective successive halving schedulers, Pareto ranking, the CO2 budget ledger and the journal. Uses the JDK, a JSON library and the energy meter's carbon types (for carbon-aware timing) only, never Tribuo.
 */
package org.greenautoml.search;
