package se.traden.shared;

/**
 * A record that does not exist for the acting person's municipality. Records of other municipalities
 * are reported exactly like records that do not exist, so the answer leaks nothing.
 */
public class RecordNotFoundException extends RuntimeException {
    private final String recordType;
    private final String recordId;

    public RecordNotFoundException(String recordType, Object recordId) {
        super(recordType + " " + recordId + " not found");
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
