/**
 * Model-agnostic search: spaces, samplers, multi-objective successive halving schedulers, Pareto ranking, the CO2 budget ledger and the journal. Uses the JDK and a JSON library only, never Tribuo.
 */
package org.greenautoml.search;
