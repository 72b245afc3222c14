/**
 * Who is acting: local accounts with lock-out, OpenID Connect login and bearer tokens, and the
 * resolution of each request's person into an {@link se.traden.shared.Actor} whose roles are the
 * functions they hold at that moment.
 */
package se.traden.identity;
