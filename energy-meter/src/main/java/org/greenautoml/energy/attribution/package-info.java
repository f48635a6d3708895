/**
 * Who pays for what (DESIGN.md, "Dynamic / static / embodied share"): the {@link
 * org.greenautoml.energy.attribution.MachineShare} a search holds, the {@link
 * org.greenautoml.energy.attribution.StaticShare} (idle power while it holds the machine) and the
 * {@link org.greenautoml.energy.attribution.EmbodiedShare} (the hardware's manufacturing footprint
 * prorated by time and share). The dynamic share is what the meters' readings hold.
 */
package org.greenautoml.energy.attribution;
