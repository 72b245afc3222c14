/**
 * Demo mode: a small fictitious municipality with one demo user per function, so that a newcomer can
 * log in and see a living system. Never active in production.
 */
package se.traden.demo;
