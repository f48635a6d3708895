/**
 * The Pareto report of a search: the input model ({@link org.greenautoml.report.RunReport} and its
 * parts), {@link org.greenautoml.report.ReportWriter} for {@code report.json}, {@code trials.csv}
 * and a self-contained {@code report.html}, and {@link org.greenautoml.report.ReportReader} for
 * reading {@code report.json} back. The JSON schema is documented in {@code docs/report-schema.md}.
 */
package org.greenautoml.report;
