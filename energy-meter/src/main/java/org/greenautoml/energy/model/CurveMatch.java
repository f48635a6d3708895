package org.greenautoml.energy.model;

/** How specific the power model's curve for this CPU is; declared from most to least specific. */
public enum CurveMatch {
  /** This machine's own curve, measured with RAPL by {@code greenautoml meter --calibrate}. */
  CALIBRATED,
  /** The CPU model has a published RAPL sweep: the curve fitted on it. */
  MEASURED_MODEL,
  /** The CPU model's TDP is in the table: the vendor's class curve (in units of TDP) × TDP. */
  TDP_CLASS,
  /** Only the vendor and CPUID generation are known: a generation's typical TDP per thread. */
  VENDOR_GENERATION,
  /** Nothing matched: Green Algorithms' default watts per core and the pooled class curve. */
  DEFAULT
}
