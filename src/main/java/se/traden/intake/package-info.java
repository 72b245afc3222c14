/**
 * From a worry to a decision: a reporter raises a concern through the municipality's function-based
 * route; the individual coordinator triages it, gathers information within a short window, gives
 * feedback, convenes an assessment when needed, and alone decides to activate structured
 * collaboration with a case manager or to leave the matter with the line.
 */
package se.traden.intake;
