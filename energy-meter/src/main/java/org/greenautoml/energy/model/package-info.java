/**
 * The CPU/RAM power model used where no energy counter can be read: {@link
 * org.greenautoml.energy.model.CpuPowerModel} (TDP × utilisation, Green Algorithms, Lannelongue et
 * al. 2021; CodeCarbon), the bundled TDP table and the meter that charges CPU time of a scope.
 */
package org.greenautoml.energy.model;
