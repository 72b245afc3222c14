/**
 * The municipality and how it is organised: units, functions and who holds them when, case
 * managers' competence profiles, reporting organisations, and the check of the model's core
 * components.
 */
package se.traden.organisation;
