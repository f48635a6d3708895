/** The command-line launcher of the comparison suite; the only place that calls {@code System.exit}. */
package org.greenautoml.bench.cli;
