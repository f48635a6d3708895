/**
 * The GreenAutoML engine: the facade, model families on Tribuo, metered trials, the Pareto report, model selection, export and the command line.
 */
package org.greenautoml;
