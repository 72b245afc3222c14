package se.traden.collaboration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;

/** The collaboration group (actors, meetings with their next steps) and the declined-interventions note. */
@Repository
class Groups {
    private final JdbcClient jdbc;

    Groups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GroupActor a, Recorded by) {
        jdbc.sql("""
                        insert into group_actor (id, municipality_id, case_id, organisation, function_name, person_name,
                            task, mandate, joined_on, recorded_by, recorded_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        a.id(),
                        a.municipalityId(),
                        a.caseId(),
                        a.organisation(),
                        a.functionName(),
                        a.personName(),
                        a.task(),
                        a.mandate(),
                        a.joinedOn(),
                        by.staffId(),
                        Timestamp.from(by.at()))
                .update();
    }

    void updateDeparture(GroupActor a) {
        int rows = jdbc.sql("""
                        update group_actor set left_on = ?, left_reason = ?, version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(a.leftOn(), a.leftReason(), a.id(), a.municipalityId(), a.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("group-actor", a.id(), a.version());
        }
    }

    Optional<GroupActor> actor(UUID municipality, UUID caseId, UUID id) {
        return jdbc.sql("select * from group_actor where municipality_id = ? and case_id = ? and id = ?")
                .params(municipality, caseId, id)
                .query(Groups::actor)
                .optional();
    }

    List<GroupActor> actors(UUID municipality, UUID caseId) {
        return jdbc.sql("""
                        select * from group_actor where municipality_id = ? and case_id = ?
                         order by left_on nulls first, joined_on, organisation
                        """).params(municipality, caseId).query(Groups::actor).list();
    }

    /** The given cases with at least one actor besides the case manager still in the group with a task. */
    Set<UUID> withActiveActors(UUID municipality, Collection<UUID> caseIds) {
        Set<UUID> found = new HashSet<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select distinct case_id from group_actor
                         where municipality_id = ? and case_id = any(?::uuid[]) and left_on is null
                        """).params(municipality, Contacts.ids(caseIds)).query(rs -> {
            found.add(rs.getObject(1, UUID.class));
        });
        return found;
    }

    void insert(Meeting m) {
        jdbc.sql("""
                        insert into group_meeting (id, municipality_id, case_id, held_at, agenda, attendees, child_attends,
                            family_attends, family_chose_attendees, attendance_note, child_preparation, recorded_by,
                            recorded_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        m.id(),
                        m.municipalityId(),
                        m.caseId(),
                        Timestamp.from(m.heldAt()),
                        m.agenda(),
                        m.attendees(),
                        m.childAttends(),
                        m.familyAttends(),
                        m.familyChoseAttendees(),
                        m.attendanceNote(),
                        m.childPreparation(),
                        m.planned().staffId(),
                        Timestamp.from(m.planned().at()))
                .update();
    }

    void updateOutcome(Meeting m, UUID by) {
        int rows = jdbc.sql("""
                        update group_meeting set outcomes = ?, outcome_recorded_at = ?, outcome_recorded_by = ?,
                            version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(
                        m.outcomes(),
                        Timestamp.from(m.outcomeRecordedAt()),
                        by,
                        m.id(),
                        m.municipalityId(),
                        m.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("meeting", m.id(), m.version());
        }
        int position = 0;
        for (var a : m.actions()) {
            jdbc.sql("""
                            insert into meeting_action (meeting_id, municipality_id, position, what, owner, due_on)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(m.id(), m.municipalityId(), ++position, a.what(), a.owner(), a.dueOn())
                    .update();
        }
    }

    Optional<Meeting> meeting(UUID municipality, UUID caseId, UUID id) {
        return meetings(municipality, caseId, id).stream().findFirst();
    }

    List<Meeting> meetings(UUID municipality, UUID caseId) {
        return meetings(municipality, caseId, null);
    }

    private List<Meeting> meetings(UUID municipality, UUID caseId, UUID id) {
        Map<UUID, List<Meeting.Action>> actions = new HashMap<>();
        jdbc.sql("""
                        select a.* from meeting_action a join group_meeting m on m.id = a.meeting_id
                         where m.municipality_id = ? and m.case_id = ? and (?::uuid is null or m.id = ?::uuid)
                         order by a.meeting_id, a.position
                        """).params(municipality, caseId, id, id).query(rs -> {
            actions.computeIfAbsent(rs.getObject("meeting_id", UUID.class), k -> new ArrayList<>())
                    .add(new Meeting.Action(
                            rs.getString("what"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class)));
        });
        return jdbc.sql("""
                        select * from group_meeting where municipality_id = ? and case_id = ?
                           and (?::uuid is null or id = ?::uuid)
                         order by held_at desc
                        """)
                .params(municipality, caseId, id, id)
                .query((rs, n) -> {
                    UUID meeting = rs.getObject("id", UUID.class);
                    Timestamp outcomeAt = rs.getTimestamp("outcome_recorded_at");
                    return new Meeting(
                            meeting,
                            rs.getObject("municipality_id", UUID.class),
                            rs.getObject("case_id", UUID.class),
                            rs.getTimestamp("held_at").toInstant(),
                            rs.getString("agenda"),
                            rs.getString("attendees"),
                            rs.getBoolean("child_attends"),
                            rs.getBoolean("family_attends"),
                            rs.getBoolean("family_chose_attendees"),
                            rs.getString("attendance_note"),
                            rs.getString("child_preparation"),
                            rs.getString("outcomes"),
                            actions.getOrDefault(meeting, List.of()),
                            new Recorded(
                                    rs.getObject("recorded_by", UUID.class),
                                    FunctionType.CASE_MANAGER,
                                    rs.getTimestamp("recorded_at").toInstant()),
                            outcomeAt == null ? null : outcomeAt.toInstant(),
                            rs.getLong("version"));
                })
                .list();
    }

    /**
     * Stores the declaration; one made at the same moment by someone else (the unique index on the
     * case's current declaration) is answered as the conflict it is, not as a server error.
     */
    void insert(DeclinedInterventions d) {
        try {
            insertRow(d);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new se.traden.shared.ConcurrentEditException("declined-interventions", d.caseId(), 0);
        }
    }

    private void insertRow(DeclinedInterventions d) {
        jdbc.sql("""
                        insert into declined_interventions (id, municipality_id, case_id, declared_on, note, declared_by,
                            declared_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        d.id(),
                        d.municipalityId(),
                        d.caseId(),
                        d.declaredOn(),
                        d.note(),
                        d.declaredBy(),
                        Timestamp.from(d.declaredAt()))
                .update();
    }

    Optional<DeclinedInterventions> currentDeclined(UUID municipality, UUID caseId) {
        return jdbc.sql("""
                        select * from declined_interventions
                         where municipality_id = ? and case_id = ? and withdrawn_on is null
                        """)
                .params(municipality, caseId)
                .query((rs, n) -> new DeclinedInterventions(
                        rs.getObject("id", UUID.class),
                        rs.getObject("municipality_id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        rs.getObject("declared_on", LocalDate.class),
                        rs.getString("note"),
                        rs.getObject("declared_by", UUID.class),
                        rs.getTimestamp("declared_at").toInstant(),
                        null))
                .optional();
    }

    boolean withdrawDeclined(UUID municipality, UUID caseId, LocalDate on, UUID by, Instant at) {
        return jdbc.sql("""
                                update declined_interventions set withdrawn_on = ?, withdrawn_by = ?, withdrawn_at = ?
                                 where municipality_id = ? and case_id = ? and withdrawn_on is null
                                """)
                        .params(on, by, Timestamp.from(at), municipality, caseId)
                        .update()
                > 0;
    }

    /** The given cases whose family declines every intervention but the case manager, with the day noted. */
    Map<UUID, LocalDate> declining(UUID municipality, Collection<UUID> caseIds) {
        Map<UUID, LocalDate> found = new HashMap<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select case_id, declared_on from declined_interventions
                         where municipality_id = ? and case_id = any(?::uuid[]) and withdrawn_on is null
                        """).params(municipality, Contacts.ids(caseIds)).query(rs -> {
            found.put(rs.getObject("case_id", UUID.class), rs.getObject("declared_on", LocalDate.class));
        });
        return found;
    }

    private static GroupActor actor(ResultSet rs, int n) throws SQLException {
        return new GroupActor(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("organisation"),
                rs.getString("function_name"),
                rs.getString("person_name"),
                rs.getString("task"),
                rs.getString("mandate"),
                rs.getObject("joined_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class),
                rs.getString("left_reason"),
                rs.getLong("version"));
    }
}
