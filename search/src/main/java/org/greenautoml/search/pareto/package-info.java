/**
 * Multi-objective ranking: objectives with a direction, Pareto dominance, non-dominated sorting
 * into ranked fronts, tie-breaks inside a front (NSGA-II crowding distance, MO-ASHA epsilon-net),
 * an incremental Pareto front, and exact hypervolume.
 *
 * <p>Everything below {@link org.greenautoml.search.pareto.Objectives} works on points already in
 * <em>minimisation form</em> ({@code double[]}, smaller is better in every coordinate); {@link
 * org.greenautoml.search.pareto.Objectives#toMinimisation} converts a user's {@link
 * org.greenautoml.search.pareto.ObjectiveVector} into that form. Schedulers call {@link
 * org.greenautoml.search.pareto.ParetoRanking#rank} to promote the best trials of a rung, or, when
 * results arrive one at a time (ASHA), keep the same ranking up to date with {@link
 * org.greenautoml.search.pareto.IncrementalParetoRanking}.
 *
 * <p>References: Deb, Pratap, Agarwal, Meyarivan, "A fast and elitist multiobjective genetic
 * algorithm: NSGA-II", IEEE TEC 6(2), 2002; Jensen, "Reducing the run-time complexity of
 * multiobjective EAs: the NSGA-II and other algorithms", IEEE TEC 7(5), 2003; Beume, Fonseca,
 * López-Ibáñez, Paquete, Vahrenhold, "On the complexity of computing the hypervolume indicator",
 * IEEE TEC 13(5), 2009; While, Bradstreet, Barone, "A fast way of calculating exact hypervolumes",
 * IEEE TEC 16(1), 2012; Schmucker, Donini, Zafar, Salinas, Archambeau, "Multi-objective
 * asynchronous successive halving", arXiv:2106.12639, 2021; Li, Deb, Zhang, Kwong, "Efficient
 * non-domination level update approach for steady-state evolutionary multiobjective
 * optimization", 2014.
 */
package org.greenautoml.search.pareto;
