package se.traden.audit;

/**
 * The outcome of checking one municipality's chain: how many entries were checked and, when the chain
 * is broken, the first entry whose hash or link does not hold.
 */
record AccessLogVerification(long entriesChecked, Long firstBrokenSeq, Long firstBrokenId, String problem) {

    static AccessLogVerification intact(long checked) {
        return new AccessLogVerification(checked, null, null, null);
    }

    static AccessLogVerification broken(long checked, long seq, long id, String problem) {
        return new AccessLogVerification(checked, seq, id, problem);
    }

    boolean isIntact() {
        return firstBrokenSeq == null;
    }
}
