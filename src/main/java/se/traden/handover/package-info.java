/**
 * Handover when staff leave or go on leave: every open case and every function of one person passed to
 * a successor in one operation, with a record of what moved, so that no thread is dropped.
 */
package se.traden.handover;
