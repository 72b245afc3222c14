package se.traden.intake;

/**
 * Whom the concern is about, as the reporter described them: a name, and the personal identity
 * number or birth year when known, and the school. The coordinator links the concern to a registered
 * person when identifying the child.
 */
public record Subject(String name, String personalNumber, Integer birthYear, String school) {}
