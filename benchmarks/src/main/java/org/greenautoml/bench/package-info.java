/**
 * The comparison suite that runs the schedulers side by side on real datasets, and the JMH benchmarks of the hot paths.
 */
package org.greenautoml.bench;
