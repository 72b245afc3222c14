package se.traden.shared;

/** Someone else changed the record after the version the editor started from. Nothing was written. */
public class ConcurrentEditException extends RuntimeException {
    private final String recordType;
    private final String recordId;
    private final long expectedVersion;

    public ConcurrentEditException(String recordType, Object recordId, long expectedVersion) {
        super(recordType + " " + recordId + " was changed by someone else (expected version " + expectedVersion + ")");
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
        this.expectedVersion = expectedVersion;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
