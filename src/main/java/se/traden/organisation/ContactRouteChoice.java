package se.traden.organisation;

/** The municipality's contact route and, for the permitted variant, why it was chosen. */
public record ContactRouteChoice(ContactRoute route, String motivation) {

    public boolean isPreferred() {
        return route.isPreferred();
    }
}
