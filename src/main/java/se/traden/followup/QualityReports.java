package se.traden.followup;

import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.traden.followup.QualityReport.Section;
import se.traden.shared.ConcurrentEditException;

/** The quality reports' texts; the first save inserts (from version 0), later ones compare versions. */
@Repository
class QualityReports {
    private final JdbcClient jdbc;

    QualityReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<QualityReport> find(UUID municipality, int year) {
        return jdbc.sql("select * from quality_report where municipality_id = ? and year = ?")
                .params(municipality, year)
                .query((rs, n) -> {
                    Map<Section, String> texts = new EnumMap<>(Section.class);
                    for (Section section : Section.values()) {
                        String text = rs.getString(section.field());
                        if (text != null) {
                            texts.put(section, text);
                        }
                    }
                    return new QualityReport(
                            municipality,
                            year,
                            texts,
                            rs.getTimestamp("updated_at").toInstant(),
                            rs.getObject("updated_by", UUID.class),
                            rs.getLong("version"));
                })
                .optional();
    }

    /** Saves the texts if the stored version is still the one they were written from. */
    void save(QualityReport report, long expectedVersion) {
        Object[] texts = new Object[Section.values().length];
        for (Section section : Section.values()) {
            texts[section.ordinal()] = report.text(section);
        }
        int changed;
        if (expectedVersion == 0) {
            try {
                changed = jdbc.sql("""
                                insert into quality_report (municipality_id, year, summary, processes, results,
                                                            improvements, ahead, updated_at, updated_by, version)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                                """)
                        .params(
                                report.municipalityId(),
                                report.year(),
                                texts[0],
                                texts[1],
                                texts[2],
                                texts[3],
                                texts[4],
                                Timestamp.from(report.updatedAt()),
                                report.updatedBy())
                        .update();
            } catch (DuplicateKeyException e) {
                changed = 0;
            }
        } else {
            changed = jdbc.sql("""
                            update quality_report
                               set summary = ?, processes = ?, results = ?, improvements = ?, ahead = ?,
                                   updated_at = ?, updated_by = ?, version = version + 1
                             where municipality_id = ? and year = ? and version = ?
                            """)
                    .params(
                            texts[0],
                            texts[1],
                            texts[2],
                            texts[3],
                            texts[4],
                            Timestamp.from(report.updatedAt()),
                            report.updatedBy(),
                            report.municipalityId(),
                            report.year(),
                            expectedVersion)
                    .update();
        }
        if (changed != 1) {
            throw new ConcurrentEditException("quality-report", report.year(), expectedVersion);
        }
    }
}
