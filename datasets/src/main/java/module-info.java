/**
 * The datasets: reads CSV and ARFF into typed columns, encodes them for Tribuo, splits and
 * subsamples them. One package, all API.
 */
module org.greenautoml.data {
  requires transitive org.greenautoml.errors;
  requires transitive org.tribuo.core;
  requires transitive org.tribuo.classification.core;
  requires de.siegmar.fastcsv;

  exports org.greenautoml.data;
}
