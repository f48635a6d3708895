/**
 * Schedulers that hand out trials (a configuration plus a fidelity) to asynchronous workers: grid
 * and random search at full fidelity, synchronous successive halving (Jamieson and Talwalkar 2016),
 * Hyperband (Li et al. 2018) and ASHA (Li et al. 2020), each promoting by multi-objective ranking
 * (non-dominated sorting then a tie-break inside a front, as MO-ASHA, Schmucker et al. 2021).
 */
package org.greenautoml.search.schedule;
