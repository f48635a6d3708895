/**
 * GreenAutoML: the facade ({@code org.greenautoml}, where {@code ClusterSettings} names a
 * cluster), the model families, the trial's model and metrics, selection, export and the report.
 * The wiring ({@code engine}), the cluster backend and members ({@code cluster}), how a trial runs
 * ({@code trial.internal}), the worker processes ({@code trial.worker}), the tree exporters
 * ({@code export.trees}) and the command line ({@code cli}) are internal; {@code ModuleRulesTest}
 * checks that no exported type names them in a public signature.
 *
 * <p>XGBoost4J's jar has no valid automatic module name ({@code xgboost4j_2.12}), so it stays on
 * the class path, and the build adds {@code --add-reads org.greenautoml=ALL-UNNAMED} for the two
 * classes that call it directly.
 */
module org.greenautoml {
  requires transitive org.greenautoml.errors;
  requires transitive org.greenautoml.energy;
  requires transitive org.greenautoml.data;
  requires transitive org.greenautoml.search;
  requires transitive org.tribuo.core;
  requires transitive org.tribuo.classification.core;
  requires org.tribuo.math;
  requires org.tribuo.common.tree;
  requires org.tribuo.common.xgboost;
  requires org.tribuo.common.sgd;
  requires org.tribuo.common.liblinear;
  requires org.tribuo.common.libsvm;
  requires org.tribuo.common.nearest;
  requires org.tribuo.classification.dtree;
  requires org.tribuo.classification.xgboost;
  requires org.tribuo.classification.sgd;
  requires org.tribuo.classification.liblinear;
  requires org.tribuo.classification.libsvm;
  requires org.tribuo.classification.mnb;
  requires org.tribuo.util.onnx;
  requires com.oracle.labs.mlrg.olcut;
  requires com.google.protobuf;
  requires com.microsoft.onnxruntime;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;
  requires info.picocli;
  requires com.hazelcast.core;
  requires me.tongfei.progressbar;
  requires libsvm;
  requires java.logging;

  exports org.greenautoml;
  exports org.greenautoml.family;
  exports org.greenautoml.trial;
  exports org.greenautoml.select;
  exports org.greenautoml.export;
  exports org.greenautoml.report;

  opens org.greenautoml.cli to info.picocli;
}
