/**
 * Follow-up and steering: the situation picture over a period (indicators defined once, in {@link
 * se.traden.followup.Indicator}), the steering group's aggregated view with small counts suppressed,
 * exports, the steering report and the annual quality report.
 */
package se.traden.followup;
