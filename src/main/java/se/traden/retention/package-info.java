/**
 * Retention (gallring): the municipality's rules for how long each kind of record keeps its personal
 * data, the records kept whatever the rules say, and the nightly job that thins what is due, keeps the
 * facts the situation picture counts, and writes to the access log what it thinned (never the content).
 * See docs/decisions/0100-retention.md.
 */
package se.traden.retention;
