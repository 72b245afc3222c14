/**
 * The children the collaboration is about and the adults around them: identity, guardians and
 * network, each registered once per municipality and found again by number or name.
 */
package se.traden.people;
