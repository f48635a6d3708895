/**
 * The search: spaces and samplers, schedulers, Pareto ranking, the carbon ledger, the run loop
 * and the journal, without Tribuo. Every package is exported: the module is a library of its own,
 * and the engine's API names its types (configurations, trial statuses, stop reasons,
 * objectives).
 */
module org.greenautoml.search {
  requires transitive org.greenautoml.errors;
  requires com.fasterxml.jackson.databind;

  exports org.greenautoml.search.budget;
  exports org.greenautoml.search.execute;
  exports org.greenautoml.search.journal;
  exports org.greenautoml.search.pareto;
  exports org.greenautoml.search.portfolio;
  exports org.greenautoml.search.schedule;
  exports org.greenautoml.search.space;
}
