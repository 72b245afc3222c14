package se.traden.audit;

/**
 * The outcome of checking one municipality's chain: how many entries were checked and, when the chain
 * is broken, the first entry whose hash or link does not hold and a stable code of what is wrong with
 * it ({@link #MISSING_ENTRY}, {@link #BROKEN_LINK}, {@link #ALTERED_CONTENT}, {@link #MISSING_AT_END}).
 */
record AccessLogVerification(long entriesChecked, Long firstBrokenSeq, Long firstBrokenId, String problem) {
    /** A sequence number is skipped: an entry has been removed. */
    static final String MISSING_ENTRY = "missing-entry";
    /** The entry does not point at the hash of the entry before it. */
    static final String BROKEN_LINK = "broken-link";
    /** The entry's fields no longer give its hash: it has been edited. */
    static final String ALTERED_CONTENT = "altered-content";
    /** The chain's head counts more entries than there are: the last ones have been removed. */
    static final String MISSING_AT_END = "missing-at-end";

    static AccessLogVerification intact(long checked) {
        return new AccessLogVerification(checked, null, null, null);
    }

    static AccessLogVerification broken(long checked, long seq, long id, String problem) {
        return new AccessLogVerification(checked, seq, id, problem);
    }

    public boolean isIntact() {
        return firstBrokenSeq == null;
    }

    /** The id of the first broken entry, when there is such an entry (entries missing at the end have none). */
    public Long brokenEntryId() {
        return firstBrokenId == null || firstBrokenId < 0 ? null : firstBrokenId;
    }
}
