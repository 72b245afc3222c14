package se.traden.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.disclosure.Party;
import se.traden.disclosure.PartyKind;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;

/** The inquiries of early information gathering in PostgreSQL. Every read names the municipality. */
@Repository
class Inquiries {
    private static final String SELECT = """
            select id, municipality_id, concern_id, actor_organisation, actor_kind, actor_function, question,
                   asked_at, asked_by_staff_id, asked_in_function, question_disclosure_id, answered_at, answer,
                   answer_disclosure_id, answer_recorded_by_staff_id, answer_recorded_in_function, version
              from concern_inquiry
            """;

    private final JdbcClient jdbc;

    Inquiries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Inquiry> find(UUID municipality, UUID concern, UUID id) {
        return jdbc.sql(SELECT + " where municipality_id = ? and concern_id = ? and id = ?")
                .params(municipality, concern, id)
                .query(Inquiries::map)
                .optional();
    }

    List<Inquiry> forConcern(UUID municipality, UUID concern) {
        return jdbc.sql(SELECT + " where municipality_id = ? and concern_id = ? order by asked_at, id")
                .params(municipality, concern)
                .query(Inquiries::map)
                .list();
    }

    void insert(Inquiry i) {
        jdbc.sql("""
                        insert into concern_inquiry (id, municipality_id, concern_id, actor_organisation, actor_kind,
                            actor_function, question, asked_at, asked_by_staff_id, asked_in_function,
                            question_disclosure_id, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        i.id(),
                        i.municipalityId(),
                        i.concernId(),
                        i.actor().organisation(),
                        i.actor().kind().name(),
                        i.actor().function(),
                        i.question(),
                        Concerns.ts(i.askedAt()),
                        i.askedBy(),
                        i.askedIn().name(),
                        i.questionDisclosureId())
                .update();
    }

    /** Writes the answer if nobody else changed the inquiry since it was read. */
    void updateAnswer(Inquiry i) {
        Inquiry.Answer a = i.answer();
        int rows = jdbc.sql("""
                        update concern_inquiry set answered_at = ?, answer = ?, answer_disclosure_id = ?,
                            answer_recorded_by_staff_id = ?, answer_recorded_in_function = ?, version = version + 1
                         where id = ? and municipality_id = ? and version = ?
                        """)
                .params(
                        Concerns.ts(a.receivedAt()),
                        a.text(),
                        a.disclosureId(),
                        a.recordedBy(),
                        a.recordedIn().name(),
                        i.id(),
                        i.municipalityId(),
                        i.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("inquiry", i.id(), i.version());
        }
    }

    /**
     * The social services as the party that asks and receives: the municipality, and the name of the
     * function the acting person holds (such as "Individkoordinator Sjöstad").
     */
    Party ownParty(UUID municipality, UUID staff, FunctionType function, LocalDate day) {
        return jdbc.sql("""
                        select m.name,
                               (select f.name from function_assignment a
                                  join org_function f on f.id = a.function_id
                                 where a.staff_id = ? and f.type = ? and a.valid_from <= ?
                                   and (a.valid_to is null or a.valid_to >= ?)
                                 order by f.name limit 1) as function_name
                          from municipality m where m.id = ?
                        """)
                .params(staff, function.name(), day, day, municipality)
                .query((rs, n) -> new Party(rs.getString(1), PartyKind.SOCIAL_SERVICES, rs.getString(2)))
                .single();
    }

    static Inquiry map(ResultSet rs, int n) throws SQLException {
        UUID answerDisclosure = rs.getObject("answer_disclosure_id", UUID.class);
        return new Inquiry(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("concern_id", UUID.class),
                new Party(
                        rs.getString("actor_organisation"),
                        PartyKind.valueOf(rs.getString("actor_kind")),
                        rs.getString("actor_function")),
                rs.getString("question"),
                Concerns.instant(rs, "asked_at"),
                rs.getObject("asked_by_staff_id", UUID.class),
                FunctionType.valueOf(rs.getString("asked_in_function")),
                rs.getObject("question_disclosure_id", UUID.class),
                answerDisclosure == null
                        ? null
                        : new Inquiry.Answer(
                                Concerns.instant(rs, "answered_at"),
                                rs.getString("answer"),
                                answerDisclosure,
                                rs.getObject("answer_recorded_by_staff_id", UUID.class),
                                FunctionType.valueOf(rs.getString("answer_recorded_in_function"))),
                rs.getLong("version"));
    }
}
