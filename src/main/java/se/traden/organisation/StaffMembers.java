package se.traden.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.organisation.Views.StaffView;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/** Staff members and their competence tags. */
@Repository
class StaffMembers {
    private final JdbcClient jdbc;

    StaffMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffView> all(MunicipalityId municipality) {
        Map<UUID, Set<String>> tags = tags(municipality, null);
        return jdbc.sql("select id, name, email, phone, version from staff where municipality_id = ? order by name, id")
                .param(municipality.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new StaffView(
                            new StaffId(id),
                            rs.getString("name"),
                            rs.getString("email"),
                            rs.getString("phone"),
                            tags.getOrDefault(id, Set.of()),
                            rs.getLong("version"));
                })
                .list();
    }

    Optional<StaffView> find(MunicipalityId municipality, StaffId id) {
        Map<UUID, Set<String>> tags = tags(municipality, id);
        return jdbc.sql("select id, name, email, phone, version from staff where municipality_id = ? and id = ?")
                .params(municipality.value(), id.value())
                .query((rs, n) -> new StaffView(
                        id,
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        tags.getOrDefault(id.value(), Set.of()),
                        rs.getLong("version")))
                .optional();
    }

    /** Every staff member's own email and phone: a function's contact route must not be one of them. */
    List<String> personalContacts(MunicipalityId municipality) {
        List<String> contacts = new ArrayList<>();
        jdbc.sql("select email, phone from staff where municipality_id = ?")
                .param(municipality.value())
                .query(rs -> {
                    contacts.add(rs.getString(1));
                    contacts.add(rs.getString(2));
                });
        return contacts;
    }

    void insert(MunicipalityId municipality, StaffId id, StaffDetails details) {
        jdbc.sql("insert into staff (id, municipality_id, name, email, phone) values (?, ?, ?, ?, ?)")
                .params(id.value(), municipality.value(), details.name(), details.email(), details.phone())
                .update();
        replaceTags(municipality, id, details.competenceTags());
    }

    boolean update(MunicipalityId municipality, StaffId id, StaffDetails details, long expectedVersion) {
        boolean updated = jdbc.sql("""
                                update staff set name = ?, email = ?, phone = ?, version = version + 1
                                 where municipality_id = ? and id = ? and version = ?
                                """)
                        .params(
                                details.name(),
                                details.email(),
                                details.phone(),
                                municipality.value(),
                                id.value(),
                                expectedVersion)
                        .update()
                == 1;
        if (updated) {
            replaceTags(municipality, id, details.competenceTags());
        }
        return updated;
    }

    Map<UUID, Set<String>> tags(MunicipalityId municipality, StaffId only) {
        Map<UUID, Set<String>> tags = new HashMap<>();
        jdbc.sql(
                        "select staff_id, tag from competence_tag where municipality_id = ? and (?::uuid is null or staff_id = ?)")
                .params(municipality.value(), only == null ? null : only.value(), only == null ? null : only.value())
                .query(rs -> {
                    tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeSet<>())
                            .add(rs.getString(2));
                });
        return tags;
    }

    private void replaceTags(MunicipalityId municipality, StaffId id, Set<String> tags) {
        jdbc.sql("delete from competence_tag where municipality_id = ? and staff_id = ?")
                .params(municipality.value(), id.value())
                .update();
        for (String tag : tags) {
            jdbc.sql("insert into competence_tag (municipality_id, staff_id, tag) values (?, ?, ?)")
                    .params(municipality.value(), id.value(), tag)
                    .update();
        }
    }
}
