package se.traden.people;

import java.util.UUID;

/**
 * Who is named on the case of a person with protected identity (sekretessmarkering, skyddad
 * folkbokföring), and so may see their address and contact details. Answered by the module that knows
 * the cases; without an answer, nobody is.
 */
public interface ProtectedIdentityAccess {

    /** Whether the staff member is named on an open case of the person (the child, or the child of a guardian). */
    boolean isNamedOnCaseOf(UUID municipalityId, UUID personId, UUID staffId);
}
