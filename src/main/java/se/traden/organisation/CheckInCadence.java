package se.traden.organisation;

/** How often the individual coordinator and a case manager check in, in days, by phase of the case. */
public record CheckInCadence(int intensiveDays, int otherDays) {}
