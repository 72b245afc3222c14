/**
 * The coordinator as adviser: a consultation about a situation is logged without identifying anyone,
 * so that advice given and what it may lead to can be followed up without personal data.
 */
package se.traden.consultation;
