/**
 * Measures the energy a block of work spends and converts it to carbon: RAPL counters where the machine exposes them, a documented CPU/RAM power model elsewhere, and carbon intensity by region. Depends on no other GreenAutoML module.
 */
package org.greenautoml.energy;
