/**
 * Keeps deadlines from slipping: a list of every open deadline with how it stands, and reminders,
 * written once per deadline and state by a scan that runs on one node at a time, to the function that
 * must act.
 */
package se.traden.reminders;
