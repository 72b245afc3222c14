/**
 * The access log: every read and write of personal data, allowed or denied, chained by hashes so that
 * an altered entry is found, and searchable by the log auditor and the group manager.
 */
package se.traden.audit;
