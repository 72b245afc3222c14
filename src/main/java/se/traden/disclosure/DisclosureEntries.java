package se.traden.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.shared.FunctionType;

/** The ledger in PostgreSQL: inserts and reads only (the table refuses changes). Every read names the municipality. */
@Repository
class DisclosureEntries {
    private static final String SELECT = """
            select e.id, e.occurred_at, e.recorded_at, e.direction, e.person_id, e.context_type, e.context_id,
                   e.context_reference, e.from_organisation, e.from_kind, e.from_function, e.to_organisation,
                   e.to_kind, e.to_function, e.categories, e.legal_basis, e.balancing, e.requested_by_recipient,
                   e.crime_prevention_purpose, e.consent_id, e.subject_age, e.decided_by_staff_id,
                   s.name as decided_by_name, e.decided_in_function, e.summary, e.corrects_entry_id, e.correction_reason,
                   array(select c.id from disclosure_entry c
                          where c.corrects_entry_id = e.id order by c.recorded_at) as corrected_by
              from disclosure_entry e
              left join staff s on s.id = e.decided_by_staff_id
            """;

    private final JdbcClient jdbc;

    DisclosureEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            UUID municipality,
            Instant recordedAt,
            NewDisclosure d,
            Integer subjectAge,
            UUID decidedBy,
            UUID personId) {
        jdbc.sql("""
                        insert into disclosure_entry (id, municipality_id, occurred_at, recorded_at, direction,
                            person_id, context_type, context_id, context_reference, from_organisation, from_kind,
                            from_function, to_organisation, to_kind, to_function, categories, legal_basis,
                            balancing, requested_by_recipient, crime_prevention_purpose, consent_id, subject_age,
                            decided_by_staff_id, decided_in_function, summary, corrects_entry_id,
                            correction_reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?,
                                ?, ?)
                        """)
                .params(
                        id,
                        municipality,
                        Timestamp.from(d.occurredAt()),
                        Timestamp.from(recordedAt),
                        d.direction().name(),
                        personId,
                        d.context() == null ? null : d.context().kind().name(),
                        d.context() == null ? null : d.context().id(),
                        d.context() == null ? null : d.context().reference(),
                        d.from().organisation(),
                        d.from().kind().name(),
                        d.from().function(),
                        d.to().organisation(),
                        d.to().kind().name(),
                        d.to().function(),
                        categories(d.categories()),
                        d.basis().name(),
                        d.balancing(),
                        d.requestedByRecipient(),
                        d.crimePreventionPurpose(),
                        d.consentId(),
                        subjectAge,
                        decidedBy,
                        d.decidedIn().name(),
                        d.summary(),
                        d.corrects() == null ? null : d.corrects().entryId(),
                        d.corrects() == null ? null : d.corrects().reason().strip())
                .update();
    }

    boolean exists(UUID municipality, UUID id) {
        return jdbc.sql("select count(*) from disclosure_entry where municipality_id = ? and id = ?")
                        .params(municipality, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<DisclosureEntry> find(UUID municipality, UUID id) {
        return jdbc.sql(SELECT + " where e.municipality_id = ? and e.id = ?")
                .params(municipality, id)
                .query(DisclosureEntries::map)
                .optional();
    }

    List<DisclosureEntry> forContext(UUID municipality, DisclosureContext context) {
        return jdbc.sql(SELECT + " where e.municipality_id = ? and e.context_type = ? and e.context_id = ?"
                        + " order by e.occurred_at, e.recorded_at")
                .params(municipality, context.kind().name(), context.id())
                .query(DisclosureEntries::map)
                .list();
    }

    /** Entries matching the filter, newest first, at most {@code limit}. */
    List<DisclosureEntry> search(UUID municipality, LedgerFilter filter, java.time.ZoneId zone, int limit) {
        var where = new StringBuilder(" where e.municipality_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(municipality);
        if (filter.personId() != null) {
            where.append(" and e.person_id = ?");
            params.add(filter.personId());
        }
        if (filter.from() != null) {
            where.append(" and e.occurred_at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and e.occurred_at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.basis() != null) {
            where.append(" and e.legal_basis = ?");
            params.add(filter.basis().name());
        }
        if (filter.context() != null) {
            where.append(" and e.context_type = ? and e.context_id = ?");
            params.add(filter.context().kind().name());
            params.add(filter.context().id());
        }
        params.add(limit);
        return jdbc.sql(SELECT + where + " order by e.occurred_at desc, e.recorded_at desc limit ?")
                .params(params)
                .query(DisclosureEntries::map)
                .list();
    }

    static DisclosureEntry map(ResultSet rs, int n) throws SQLException {
        String contextType = rs.getString("context_type");
        String function = rs.getString("decided_in_function");
        return new DisclosureEntry(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(),
                Direction.valueOf(rs.getString("direction")),
                rs.getObject("person_id", UUID.class),
                contextType == null
                        ? null
                        : new DisclosureContext(
                                DisclosureContext.Kind.valueOf(contextType),
                                rs.getObject("context_id", UUID.class),
                                rs.getString("context_reference")),
                new Party(
                        rs.getString("from_organisation"),
                        PartyKind.valueOf(rs.getString("from_kind")),
                        rs.getString("from_function")),
                new Party(
                        rs.getString("to_organisation"),
                        PartyKind.valueOf(rs.getString("to_kind")),
                        rs.getString("to_function")),
                categories((String[]) rs.getArray("categories").getArray()),
                LegalBasis.valueOf(rs.getString("legal_basis")),
                rs.getString("balancing"),
                rs.getBoolean("requested_by_recipient"),
                rs.getBoolean("crime_prevention_purpose"),
                rs.getObject("consent_id", UUID.class),
                (Integer) rs.getObject("subject_age"),
                rs.getObject("decided_by_staff_id", UUID.class),
                rs.getString("decided_by_name"),
                FunctionType.valueOf(function),
                rs.getString("summary"),
                rs.getObject("corrects_entry_id", UUID.class),
                rs.getString("correction_reason"),
                Arrays.asList((UUID[]) rs.getArray("corrected_by").getArray()));
    }

    static Set<InformationCategory> categories(String[] values) {
        return values.length == 0
                ? EnumSet.noneOf(InformationCategory.class)
                : Arrays.stream(values)
                        .map(InformationCategory::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(InformationCategory.class)));
    }

    static String categories(Set<InformationCategory> categories) {
        return categories.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }
}
