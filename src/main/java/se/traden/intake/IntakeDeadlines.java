package se.traden.intake;

/** Orders deadline states by how much they call for attention. */
final class IntakeDeadlines {
    private IntakeDeadlines() {}

    static int severity(DeadlineState state) {
        return switch (state) {
            case MET -> 0;
            case DUE -> 1;
            case DUE_SOON -> 2;
            case OVERDUE -> 3;
        };
    }
}
