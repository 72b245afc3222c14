package se.traden.intake;

import java.util.UUID;

/**
 * Who raised a concern and how to reach them: the organisation and its function (never only a
 * person), the person's name, and a contact route. {@code staffId} is set when the reporter is a
 * Tråden user, {@code organisationId} when the organisation is registered.
 */
public record Reporter(
        UUID staffId, UUID organisationId, String organisationName, String function, String name, String contact) {}
