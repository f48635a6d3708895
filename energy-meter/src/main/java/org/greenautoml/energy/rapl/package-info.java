/**
 * RAPL energy counters read through Linux powercap ({@code /sys/class/powercap/intel-rapl*},
 * {@code intel-rapl-mmio}), with zone selection by name, MMIO/MSR deduplication and a wraparound
 * sampler. Intel SDM vol. 3B §15.10; Linux {@code Documentation/power/powercap/powercap.rst}.
 */
package org.greenautoml.energy.rapl;
