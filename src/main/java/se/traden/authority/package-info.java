/**
 * The authority's side of a case: the social-services investigation that runs in parallel, its status,
 * case officer and decisions, the case manager's structured feedback to the case officer (who sees that
 * and nothing more of the case), and the escalation of disagreements from the counterpart up to higher
 * management.
 */
package se.traden.authority;
