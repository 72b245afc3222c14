package se.traden.shared;

/**
 * The port every module writes personal-data accesses through. The audit module implements it.
 *
 * <p>{@link #record} joins the caller's transaction: the entry commits with the work or not at all.
 * {@link #denied} writes at once in a transaction of its own, because the refused work rolls back.
 */
public interface AccessLog {

    void record(Actor actor, FunctionType actingAs, AccessAction action, RecordRef record);

    void denied(Actor actor, AccessAction action, RecordRef record, String reason);

    /**
     * Like {@link #record}, with a reason that marks the entry for review: a read under emergency access,
     * or of a protected identity.
     */
    void recordFlagged(Actor actor, FunctionType actingAs, AccessAction action, RecordRef record, String flag);

    /**
     * Logs work the application does on its own, without a person acting (the retention job): the entry
     * names the process instead of a staff member and has no function. Joins the caller's transaction
     * like {@link #record}.
     */
    void recordBySystem(
            MunicipalityId municipality, String process, AccessAction action, RecordRef record, String reason);
}
