/**
 * A label that names a quantity someone measures ("Data Quality Score", "GPU Utilization", "Real-time Screening
 * Latency (P95)", "Demographic Parity"): it ends in a noun of measurement, maybe with its unit or percentile after it.
 */
export const measureName =
  /\b(?:rates?|scores?|ratios?|utili[sz]ation|usage|latency|time|costs?|counts?|share|percentage|accuracy|precision|recall|parity|satisfaction|throughput|uptime|availability|lag|delay|errors?)\s*(?:\([^()]{0,20}\))?$/i;
