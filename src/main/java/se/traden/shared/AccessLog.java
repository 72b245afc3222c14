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
}
