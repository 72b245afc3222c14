package se.traden.disclosure;

import java.util.List;

/**
 * A policy's answer: allowed, or refused with the reasons (message keys with their arguments) the UI
 * shows and the API returns.
 */
public record Verdict(List<Reason> refusals) {

    public record Reason(String code, List<Object> arguments) {
        public static Reason of(String code, Object... arguments) {
            return new Reason(code, List.of(arguments));
        }
    }

    public Verdict {
        refusals = List.copyOf(refusals);
    }

    public static Verdict allowed() {
        return new Verdict(List.of());
    }

    public boolean isAllowed() {
        return refusals.isEmpty();
    }
}
