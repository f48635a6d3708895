/**
 * Load benchmarks: this project's dataset reader against Tribuo's own CSV path, each in a fresh
 * JVM so that peak heap is measured separately.
 */
package org.greenautoml.bench.load;
