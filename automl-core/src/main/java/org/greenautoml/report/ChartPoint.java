package org.greenautoml.report;

/**
 * One point of a scatter chart: a trial's cost on the x-axis (positive, drawn on a log scale) and
 * its accuracy on the y-axis, with its family and tooltip text (raw; the chart escapes it).
 */
record ChartPoint(int id, String family, double x, double y, boolean onFront, String tooltip) {}
