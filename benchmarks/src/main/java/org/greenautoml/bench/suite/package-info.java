/**
 * The comparison suite: grid search, random search, successive halving, Hyperband, ASHA and the
 * default multi-objective ASHA on the same splits and carbon budget, scored on held-out test rows,
 * with Markdown, CSV and HTML reporters and a picocli command ({@link
 * org.greenautoml.bench.suite.BenchmarkSuite}). Modelled on Caffeine's {@code simulator}: an
 * explicit registry of methods ({@link org.greenautoml.bench.suite.Method}), reporters, an entry
 * point.
 */
package org.greenautoml.bench.suite;
