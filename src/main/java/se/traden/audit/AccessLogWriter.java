package se.traden.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessLog;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;

/**
 * Writes access-log entries in the transaction of the work they describe.
 *
 * <p>Entries are collected while the transaction runs and appended to the municipality's chain just
 * before it commits: the chain head's row lock is then held only for the commit itself, which keeps
 * concurrent writers ordered without serialising their work.
 */
@Component
class AccessLogWriter implements AccessLog {
    private static final Object PENDING_KEY = AccessLogWriter.class.getName() + ".pending";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separateTransaction;

    AccessLogWriter(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(Actor actor, FunctionType actingAs, AccessAction action, RecordRef record) {
        requireReadWriteTransaction();
        pendingEntries().add(entry(actor, actingAs, action, record, "ALLOWED", null));
    }

    @Override
    public void recordBySystem(
            MunicipalityId municipality, String process, AccessAction action, RecordRef record, String reason) {
        requireReadWriteTransaction();
        pendingEntries()
                .add(new PendingEntry(
                        municipality.value(),
                        clock.instant().truncatedTo(ChronoUnit.MICROS),
                        null,
                        process,
                        null,
                        action.name(),
                        record.type(),
                        record.id(),
                        record.personId(),
                        "ALLOWED",
                        reason));
    }

    @Override
    public void recordFlagged(Actor actor, FunctionType actingAs, AccessAction action, RecordRef record, String flag) {
        requireReadWriteTransaction();
        pendingEntries().add(entry(actor, actingAs, action, record, "ALLOWED", flag));
    }

    @Override
    public void denied(Actor actor, AccessAction action, RecordRef record, String reason) {
        PendingEntry entry = entry(actor, null, action, record, "DENIED", reason);
        separateTransaction.executeWithoutResult(status -> append(List.of(entry)));
    }

    private PendingEntry entry(
            Actor actor, FunctionType actingAs, AccessAction action, RecordRef record, String outcome, String reason) {
        return new PendingEntry(
                actor.municipalityId().value(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor.staffId().value(),
                actor.username(),
                actingAs == null ? null : actingAs.name(),
                action.name(),
                record.type(),
                record.id(),
                record.personId(),
                outcome,
                reason);
    }

    private static void requireReadWriteTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException(
                    "personal data is read and written only in a read-write transaction, so that its log entry commits with it");
        }
    }

    @SuppressWarnings("unchecked")
    private List<PendingEntry> pendingEntries() {
        List<PendingEntry> pending = (List<PendingEntry>) TransactionSynchronizationManager.getResource(PENDING_KEY);
        if (pending == null) {
            List<PendingEntry> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(PENDING_KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(created);
                    created.clear();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_KEY);
                }
            });
            pending = created;
        }
        return pending;
    }

    private void append(List<PendingEntry> entries) {
        Map<UUID, List<PendingEntry>> byMunicipality = new LinkedHashMap<>();
        for (PendingEntry entry : entries) {
            byMunicipality
                    .computeIfAbsent(entry.municipalityId(), id -> new ArrayList<>())
                    .add(entry);
        }
        byMunicipality.forEach(this::appendToChain);
    }

    private void appendToChain(UUID municipalityId, List<PendingEntry> entries) {
        ChainHead head = lockHead(municipalityId);
        long seq = head.seq();
        String prev = head.hash();
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (PendingEntry e : entries) {
            seq++;
            String hash = HashChain.hash(
                    municipalityId,
                    seq,
                    e.occurredAt(),
                    e.staffId(),
                    e.username(),
                    e.actingFunction(),
                    e.action(),
                    e.recordType(),
                    e.recordId(),
                    e.personId(),
                    e.outcome(),
                    e.reason(),
                    prev);
            rows.add(new Object[] {
                municipalityId,
                seq,
                java.sql.Timestamp.from(e.occurredAt()),
                e.staffId(),
                e.username(),
                e.actingFunction(),
                e.action(),
                e.recordType(),
                e.recordId(),
                e.personId(),
                e.outcome(),
                e.reason(),
                prev,
                hash
            });
            prev = hash;
        }
        jdbc.sql(insertSql(rows.size()))
                .params(rows.stream().flatMap(java.util.Arrays::stream).toList())
                .update();
        jdbc.sql("update access_log_head set seq = ?, hash = ? where municipality_id = ?")
                .params(seq, prev, municipalityId)
                .update();
    }

    private ChainHead lockHead(UUID municipalityId) {
        var query = jdbc.sql("select seq, hash from access_log_head where municipality_id = ? for update")
                .param(municipalityId);
        var head = query.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional();
        if (head.isPresent()) {
            return head.get();
        }
        jdbc.sql("insert into access_log_head (municipality_id, seq, hash) values (?, 0, ?) on conflict do nothing")
                .params(municipalityId, HashChain.GENESIS)
                .update();
        return jdbc.sql("select seq, hash from access_log_head where municipality_id = ? for update")
                .param(municipalityId)
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
    }

    private static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder(
                "insert into access_log (municipality_id, seq, occurred_at, staff_id, username, acting_function, action,"
                        + " record_type, record_id, person_id, outcome, reason, prev_hash, hash) values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    private record ChainHead(long seq, String hash) {}

    private record PendingEntry(
            UUID municipalityId,
            Instant occurredAt,
            UUID staffId,
            String username,
            String actingFunction,
            String action,
            String recordType,
            String recordId,
            UUID personId,
            String outcome,
            String reason) {}
}
