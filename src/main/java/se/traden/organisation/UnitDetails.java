package se.traden.organisation;

/** What an administrator says about a unit: its name and whether it belongs to the social services. */
record UnitDetails(String name, boolean withinSocialServices) {

    UnitDetails {
        name = Violations.clean(name);
        new Violations()
                .required("name", name)
                .maxLength("name", name, Violations.NAME_LENGTH)
                .throwIfAny();
    }

    static UnitDetails of(String name, Boolean withinSocialServices) {
        new Violations()
                .required("name", Violations.clean(name))
                .maxLength("name", Violations.clean(name), Violations.NAME_LENGTH)
                .required("withinSocialServices", withinSocialServices)
                .throwIfAny();
        return new UnitDetails(name, withinSocialServices);
    }
}
