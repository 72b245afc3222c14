package se.traden.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessLog;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordRef;

/**
 * Thins one unit in the caller's transaction: overwrites the personal data of every part the catalogue
 * names, marks the records thinned and writes one access-log entry per record (action DELETE, the
 * record's type and id, never its content), so that the thinning and its log entries commit together
 * or not at all.
 */
@Component
class Thinner {
    /** The name the retention job's entries carry in the access log instead of a staff member's. */
    static final String PROCESS = "system:retention";

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    Thinner(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    /** What one thinning touched, in records. */
    record Thinned(int cases, int concerns, int persons, int disclosures, int consultations) {}

    /** A child's file: its cases with all their parts, its concerns, the child and relatives no one else needs. */
    Thinned thinChildFile(UUID municipality, UUID run, RetentionFiles.ChildFile file, String reason, Instant now) {
        requireTransaction();
        List<UUID> persons = new ArrayList<>();
        persons.add(file.personId());
        persons.addAll(relativesNoLongerNeeded(municipality, file));
        Unit unit = new Unit(file.cases(), file.concerns(), persons, List.of());
        return thin(municipality, run, unit, file.personId(), reason, now);
    }

    Thinned thinUnidentifiedConcern(UUID municipality, UUID run, UUID concern, String reason, Instant now) {
        requireTransaction();
        return thin(municipality, run, Unit.ofConcern(concern), null, reason, now);
    }

    Thinned thinConsultation(UUID municipality, UUID run, UUID consultation, String reason, Instant now) {
        requireTransaction();
        return thin(municipality, run, Unit.ofConsultation(consultation), null, reason, now);
    }

    /** Deletes settled reminders settled at or before {@code latest}, at most {@code limit}; returns how many. */
    int deleteSettledReminders(UUID municipality, Instant latest, int limit, String reason) {
        requireTransaction();
        MunicipalityId m = new MunicipalityId(municipality);
        int deleted = 0;
        for (String table : List.of("reminder", "follow_up_reminder")) {
            List<UUID> ids = jdbc.sql("delete from " + table + " where id in (select id from " + table
                            + " where municipality_id = :m and settled_at <= :latest order by settled_at limit :limit)"
                            + " returning id")
                    .param("m", municipality)
                    .param("latest", Timestamp.from(latest))
                    .param("limit", limit - deleted)
                    .query(UUID.class)
                    .list();
            String type = table.equals("reminder") ? "reminder" : "follow-up-reminder";
            ids.forEach(
                    id -> accessLog.recordBySystem(m, PROCESS, AccessAction.DELETE, RecordRef.of(type, id), reason));
            deleted += ids.size();
        }
        return deleted;
    }

    private Thinned thin(UUID municipality, UUID run, Unit unit, UUID child, String reason, Instant now) {
        MunicipalityId m = new MunicipalityId(municipality);
        // Declares this transaction a thinning, which the append-only tables' triggers let through (V102).
        jdbc.sql("select set_config('traden.thinning', 'on', true)")
                .query(String.class)
                .single();

        // Entries thinned with an earlier unit (about a person thinned before) are not thinned or logged again.
        List<Disclosure> disclosures = jdbc.sql(
                        "select id, person_id from disclosure_entry where municipality_id = :m and ("
                                + ThinningCatalogue.parts(ThinningCatalogue.Scope.DISCLOSURE)
                                        .getFirst()
                                        .where()
                                + ") and summary <> '" + ThinningCatalogue.PLACEHOLDER + "'")
                .params(params(municipality, unit))
                .query((rs, n) -> new Disclosure(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class)))
                .list();
        for (ThinningCatalogue.Part part : ThinningCatalogue.PARTS) {
            String sql = part.updateSql();
            if (sql == null || part.scope() == ThinningCatalogue.Scope.PERSON || !reaches(part.scope(), unit)) {
                continue;
            }
            jdbc.sql(sql).params(params(municipality, unit)).update();
        }
        List<UUID> persons = unit.persons().isEmpty()
                ? List.of()
                : jdbc.sql(personUpdate())
                        .params(params(municipality, unit))
                        .param("now", Timestamp.from(now))
                        .query(UUID.class)
                        .list();

        for (UUID id : unit.cases()) {
            mark(municipality, "case", id, run, now);
            accessLog.recordBySystem(m, PROCESS, AccessAction.DELETE, RecordRef.ofPerson("case", id, child), reason);
        }
        for (UUID id : unit.concerns()) {
            mark(municipality, "concern", id, run, now);
            accessLog.recordBySystem(m, PROCESS, AccessAction.DELETE, RecordRef.ofPerson("concern", id, child), reason);
        }
        for (UUID id : persons) {
            mark(municipality, "person", id, run, now);
            accessLog.recordBySystem(m, PROCESS, AccessAction.DELETE, RecordRef.ofPerson("person", id, id), reason);
        }
        for (UUID id : unit.consultations()) {
            mark(municipality, "consultation", id, run, now);
            accessLog.recordBySystem(m, PROCESS, AccessAction.DELETE, RecordRef.of("consultation", id), reason);
        }
        for (Disclosure d : disclosures) {
            accessLog.recordBySystem(
                    m,
                    PROCESS,
                    AccessAction.DELETE,
                    RecordRef.ofPerson("disclosure-entry", d.id(), d.personId()),
                    reason);
        }
        return new Thinned(
                unit.cases().size(),
                unit.concerns().size(),
                persons.size(),
                disclosures.size(),
                unit.consultations().size());
    }

    /**
     * The child's relatives, and the adults who gave consent or were met on the file's cases, whom no other
     * record still needs: not related to another child whose file is kept, not a giver or a contact on
     * another case that is kept, and not the subject of a disclosure on a record that is kept.
     */
    private List<UUID> relativesNoLongerNeeded(UUID municipality, RetentionFiles.ChildFile file) {
        return jdbc.sql("""
                        select p.id from person p
                         where p.municipality_id = :m and p.kind <> 'CHILD' and p.thinned_at is null
                           and p.id in (select r.person_id from person_relation r where r.child_id = :child
                                        union
                                        select g.person_id from consent_giver g join consent c on c.id = g.consent_id
                                         where c.municipality_id = :m and c.case_id in (:cases)
                                        union
                                        select cc.person_id from case_contact cc
                                         where cc.municipality_id = :m and cc.case_id in (:cases)
                                           and cc.person_id is not null)
                           and not exists (select 1 from person_relation r join person other on other.id = r.child_id
                                            where r.person_id = p.id and r.child_id <> :child
                                              and other.thinned_at is null)
                           and not exists (select 1 from consent_giver g join consent c on c.id = g.consent_id
                                            where g.person_id = p.id and c.case_id not in (:cases)
                                              and not exists (select 1 from thinned_record t
                                                               where t.record_type = 'case' and t.record_id = c.case_id))
                           and not exists (select 1 from case_contact cc
                                            where cc.person_id = p.id and cc.case_id not in (:cases)
                                              and not exists (select 1 from thinned_record t
                                                               where t.record_type = 'case' and t.record_id = cc.case_id))
                           and not exists (select 1 from disclosure_entry d
                                            where d.municipality_id = :m and d.person_id = p.id
                                              and ((d.context_type = 'CASE' and d.context_id not in (:cases)
                                                    and not exists (select 1 from thinned_record t
                                                                     where t.record_type = 'case'
                                                                       and t.record_id = d.context_id))
                                                   or (d.context_type = 'CONCERN' and d.context_id not in (:concerns)
                                                    and not exists (select 1 from thinned_record t
                                                                     where t.record_type = 'concern'
                                                                       and t.record_id = d.context_id))))
                           and not exists (select 1 from collab_case c where c.person_id = p.id
                                              and not exists (select 1 from thinned_record t
                                                               where t.record_type = 'case' and t.record_id = c.id))
                           and not exists (select 1 from concern k where k.person_id = p.id
                                              and not exists (select 1 from thinned_record t
                                                               where t.record_type = 'concern' and t.record_id = k.id))
                         order by p.id
                        """)
                .param("m", municipality)
                .param("child", file.personId())
                .param("cases", Unit.orNone(file.cases()))
                .param("concerns", Unit.orNone(file.concerns()))
                .query(UUID.class)
                .list();
    }

    /**
     * The person table's own statement: the catalogue's columns, no identity any more, and the moment; a
     * person thinned before is left as it is. Returns the ids of the persons it thinned.
     */
    private static String personUpdate() {
        ThinningCatalogue.Part person = ThinningCatalogue.parts(ThinningCatalogue.Scope.PERSON).stream()
                .filter(p -> p.table().equals("person"))
                .findFirst()
                .orElseThrow();
        // version + 1: an editor holding the person from before the thinning is refused, not let to write back.
        return person.updateSql()
                        .replace(
                                " where ",
                                ", identity_kind = 'NONE', thinned_at = :now, version = version + 1 where thinned_at is null and ")
                + " returning id";
    }

    private void mark(UUID municipality, String type, UUID id, UUID run, Instant now) {
        jdbc.sql("""
                        insert into thinned_record (municipality_id, record_type, record_id, run_id, thinned_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """).params(municipality, type, id, run, Timestamp.from(now)).update();
    }

    private static java.util.Map<String, Object> params(UUID municipality, Unit unit) {
        return java.util.Map.of(
                "m", municipality,
                "cases", Unit.orNone(unit.cases()),
                "concerns", Unit.orNone(unit.concerns()),
                "persons", Unit.orNone(unit.persons()),
                "consultations", Unit.orNone(unit.consultations()));
    }

    private static boolean reaches(ThinningCatalogue.Scope scope, Unit unit) {
        return switch (scope) {
            case CASE -> !unit.cases().isEmpty();
            case CONCERN -> !unit.concerns().isEmpty();
            case PERSON -> !unit.persons().isEmpty();
            case CONSULTATION -> !unit.consultations().isEmpty();
            case DISCLOSURE -> true;
        };
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a thinning runs in one transaction with its log entries");
        }
    }

    private record Disclosure(UUID id, UUID personId) {}
}
