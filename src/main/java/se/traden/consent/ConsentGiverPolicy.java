package se.traden.consent;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.traden.shared.FieldViolation;

/**
 * Who may consent to sharing information about a person (OSL 12 kap. 2–3 §§): the person it is about;
 * for a child under 18 the guardians and/or the child, depending on age and maturity (a judgement the
 * case manager makes, not the software). An adult consents only for themself.
 *
 * <ul>
 *   <li>at least one giver ({@code consent.giver-required});
 *   <li>each giver is the child or a registered guardian of the child ({@code
 *       consent.giver-not-child-or-guardian});
 *   <li>a person who is 18 or older on the day consents only for themself ({@code
 *       consent.adult-only-self}); when the date of birth is unknown a guardian's consent cannot be
 *       told apart from one given for an adult, and is refused ({@code consent.age-unknown}).
 * </ul>
 */
public final class ConsentGiverPolicy {
    public static final int AGE_OF_MAJORITY = 18;

    /** The persons who gave the consent, each in their role; refused when any of them may not give it. */
    public record Givers(List<ConsentGiver> givers, Ruling ruling) {}

    public Givers assess(
            List<UUID> givers, UUID child, Map<UUID, String> guardians, LocalDate childBorn, LocalDate givenOn) {
        List<FieldViolation> reasons = new ArrayList<>();
        List<ConsentGiver> roles = new ArrayList<>();
        if (givers.isEmpty()) {
            reasons.add(FieldViolation.of("givers", "consent.giver-required"));
        }
        Set<UUID> seen = new HashSet<>();
        boolean guardianGives = false;
        for (UUID giver : givers) {
            if (!seen.add(giver)) {
                continue;
            }
            if (giver.equals(child)) {
                roles.add(new ConsentGiver(giver, GiverRole.CHILD));
            } else if (guardians.containsKey(giver)) {
                roles.add(new ConsentGiver(giver, GiverRole.GUARDIAN));
                guardianGives = true;
            } else {
                reasons.add(FieldViolation.of("givers", "consent.giver-not-child-or-guardian"));
            }
        }
        if (guardianGives && givenOn != null) {
            if (childBorn == null) {
                reasons.add(FieldViolation.of("givers", "consent.age-unknown"));
            } else if (!childBorn.isAfter(givenOn)
                    && Period.between(childBorn, givenOn).getYears() >= AGE_OF_MAJORITY) {
                reasons.add(FieldViolation.of("givers", "consent.adult-only-self", AGE_OF_MAJORITY));
            }
        }
        return new Givers(roles, new Ruling(reasons));
    }
}
