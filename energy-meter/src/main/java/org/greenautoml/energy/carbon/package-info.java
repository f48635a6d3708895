/**
 * kWh to kg CO2e: carbon intensity by region (Our World in Data / Ember, Green Algorithms,
 * CodeCarbon cloud regions; no network), PUE, and the accountant that applies kWh × PUE × intensity.
 */
package org.greenautoml.energy.carbon;
