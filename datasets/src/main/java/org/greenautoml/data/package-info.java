/**
 * Reads tabular data (CSV, gzipped CSV, ARFF) into typed columns, converts it to Tribuo datasets, and draws stratified splits and nested subsamples. Depends on Tribuo core only.
 */
package org.greenautoml.data;
