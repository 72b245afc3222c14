/**
 * The case manager's daily work around one child and the coordinator's view across cases: contacts and
 * their intensity, check-ins, the collaboration group and its meetings, instruments, the after action
 * review, and the risk signals that show where a thread is about to be dropped.
 */
package se.traden.collaboration;
