/**
 * Structured individual collaboration around one child: the case a case manager holds from the
 * coordinator's activation, through exploring, change and maintenance, to closure, maintaining
 * contact and re-engagement; and who may see it (inner secrecy).
 */
package se.traden.casework;
