package se.traden.consent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.PartyKind;
import se.traden.shared.ConcurrentEditException;

/** Consents and their withdrawals in PostgreSQL. Every read names the municipality. */
@Repository
class Consents {
    private static final String SELECT = """
            select c.id, c.municipality_id, c.case_id, c.person_id, c.categories, c.purpose, c.given_on, c.form,
                   c.noted_by, c.recorded_at, c.recorded_by, c.version
              from consent c
            """;

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Consent> find(UUID municipality, UUID id) {
        return load(jdbc.sql(SELECT + " where c.municipality_id = ? and c.id = ?")
                        .params(municipality, id)
                        .query(Consents::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** The consents of a case, the most recently given first. */
    List<Consent> ofCase(UUID municipality, UUID caseId) {
        return load(jdbc.sql(SELECT
                        + " where c.municipality_id = ? and c.case_id = ? order by c.given_on desc, c.recorded_at desc")
                .params(municipality, caseId)
                .query(Consents::row)
                .list());
    }

    void insert(Consent c) {
        jdbc.sql("""
                        insert into consent (id, municipality_id, case_id, person_id, categories, purpose, given_on, form,
                            noted_by, recorded_at, recorded_by, version)
                        values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        c.id(),
                        c.municipalityId(),
                        c.caseId(),
                        c.personId(),
                        names(c.categories()),
                        c.purpose(),
                        c.givenOn(),
                        c.method().name(),
                        c.notedBy(),
                        Timestamp.from(c.recordedAt()),
                        c.recordedBy())
                .update();
        for (ConsentGiver g : c.givers()) {
            jdbc.sql("insert into consent_giver (consent_id, person_id, role) values (?, ?, ?)")
                    .params(c.id(), g.personId(), g.role().name())
                    .update();
        }
        int position = 0;
        for (Recipient r : c.recipients()) {
            jdbc.sql("""
                            insert into consent_recipient (id, consent_id, position, organisation, kind)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(
                            r.id(),
                            c.id(),
                            position++,
                            r.organisation(),
                            r.kind().name())
                    .update();
        }
    }

    /** Appends the consent's new withdrawals; the version check keeps two withdrawals from crossing. */
    void update(Consent c) {
        int rows = jdbc.sql(
                        "update consent set version = version + 1 where id = ? and municipality_id = ? and version = ?")
                .params(c.id(), c.municipalityId(), c.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("consent", c.id(), c.version());
        }
        for (Withdrawal w : c.newWithdrawals()) {
            jdbc.sql("""
                            insert into consent_withdrawal (id, consent_id, municipality_id, withdrawn_at, communicated_by,
                                recipient_ids, categories, note, recorded_at, recorded_by)
                            values (?, ?, ?, ?, ?, ?::uuid[], ?::text[], ?, ?, ?)
                            """)
                    .params(
                            w.id(),
                            c.id(),
                            c.municipalityId(),
                            Timestamp.from(w.at()),
                            w.communicatedBy(),
                            w.recipientIds().stream().map(UUID::toString).toArray(String[]::new),
                            names(w.categories()),
                            w.note(),
                            Timestamp.from(w.recordedAt()),
                            w.recordedBy())
                    .update();
        }
    }

    private record Row(
            UUID id,
            UUID municipality,
            UUID caseId,
            UUID person,
            Set<InformationCategory> categories,
            String purpose,
            java.time.LocalDate givenOn,
            ConsentMethod method,
            String notedBy,
            java.time.Instant recordedAt,
            UUID recordedBy,
            long version) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                categories(rs.getArray("categories")),
                rs.getString("purpose"),
                rs.getObject("given_on", java.time.LocalDate.class),
                ConsentMethod.valueOf(rs.getString("form")),
                rs.getString("noted_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("recorded_by", UUID.class),
                rs.getLong("version"));
    }

    /** Givers, recipients and withdrawals of all the consents in three queries, whatever their number. */
    private List<Consent> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] ids = rows.stream().map(r -> r.id().toString()).toArray(String[]::new);
        Map<UUID, List<ConsentGiver>> givers = new LinkedHashMap<>();
        jdbc.sql("select consent_id, person_id, role from consent_giver where consent_id = any(?::uuid[])"
                        + " order by role, person_id")
                .param(ids)
                .query(rs -> {
                    givers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ConsentGiver(rs.getObject(2, UUID.class), GiverRole.valueOf(rs.getString(3))));
                });
        Map<UUID, List<Recipient>> recipients = new LinkedHashMap<>();
        jdbc.sql("select consent_id, id, organisation, kind from consent_recipient where consent_id = any(?::uuid[])"
                        + " order by position")
                .param(ids)
                .query(rs -> {
                    recipients
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Recipient(
                                    rs.getObject(2, UUID.class), rs.getString(3), PartyKind.valueOf(rs.getString(4))));
                });
        Map<UUID, List<Withdrawal>> withdrawals = new LinkedHashMap<>();
        jdbc.sql("""
                        select consent_id, id, withdrawn_at, communicated_by, recipient_ids, categories, note, recorded_at,
                               recorded_by
                          from consent_withdrawal where consent_id = any(?::uuid[]) order by withdrawn_at, recorded_at
                        """).param(ids).query(rs -> {
            withdrawals
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Withdrawal(
                            rs.getObject(2, UUID.class),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4),
                            uuids(rs.getArray(5)),
                            categories(rs.getArray(6)),
                            rs.getString(7),
                            rs.getTimestamp(8).toInstant(),
                            rs.getObject(9, UUID.class)));
        });
        return rows.stream()
                .map(r -> new Consent(
                        r.id(),
                        r.municipality(),
                        r.caseId(),
                        r.person(),
                        givers.getOrDefault(r.id(), List.of()),
                        r.categories(),
                        recipients.getOrDefault(r.id(), List.of()),
                        r.purpose(),
                        r.givenOn(),
                        r.method(),
                        r.notedBy(),
                        r.recordedAt(),
                        r.recordedBy(),
                        withdrawals.getOrDefault(r.id(), List.of()),
                        r.version()))
                .toList();
    }

    private static String[] names(Set<InformationCategory> categories) {
        return categories.stream().map(Enum::name).toArray(String[]::new);
    }

    private static Set<InformationCategory> categories(Array array) throws SQLException {
        Set<InformationCategory> set = EnumSet.noneOf(InformationCategory.class);
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                set.add(InformationCategory.valueOf((String) o));
            }
        }
        return set;
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        Set<UUID> set = new HashSet<>();
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).forEach(o -> set.add((UUID) o));
        }
        return set;
    }
}
