package se.traden.disclosure;

/**
 * One side of a disclosure: the organisation (by name), what kind of organisation it is as far as
 * secrecy law cares, and the function within it (never only a person).
 */
public record Party(String organisation, PartyKind kind, String function) {

    public Party {
        organisation = organisation == null ? null : organisation.strip();
        function = function == null || function.isBlank() ? null : function.strip();
    }
}
