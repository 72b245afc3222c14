/**
 * Consents to share information about the child of a case: who gave them, for which information, to
 * whom and why; their withdrawal; and on what basis, if any, sharing with each actor rests.
 */
package se.traden.consent;
