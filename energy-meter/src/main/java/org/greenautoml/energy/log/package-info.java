/** A CodeCarbon-compatible {@code emissions.csv} writer (CodeCarbon's {@code EmissionsData} columns). */
package org.greenautoml.energy.log;
