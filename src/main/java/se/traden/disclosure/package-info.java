/**
 * The disclosure ledger: every piece of information about an identified person that goes out or
 * comes in, with its parties, categories, legal basis, balancing, decider and time; and the rules of
 * secrecy law that say when a basis fits.
 */
package se.traden.disclosure;
