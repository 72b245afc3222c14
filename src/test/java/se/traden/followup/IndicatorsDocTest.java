package se.traden.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * docs/indicators.md is generated from the indicators and their descriptions in the message bundles,
 * so that what the page says it counts and what the documentation says are the same words. Run with
 * {@code -Dtraden.write-docs=true} to write the file after changing an indicator.
 */
class IndicatorsDocTest {
    static final Path DOC = Path.of("docs/indicators.md");

    @Test
    void theDocumentMatchesTheIndicators() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("traden.write-docs")) {
            Files.writeString(DOC, generated);
        }
        assertThat(Files.exists(DOC)).as("docs/indicators.md exists").isTrue();
        assertThat(Files.readString(DOC))
                .as("docs/indicators.md is stale: run ./mvnw test -Dtest=IndicatorsDocTest -Dtraden.write-docs=true")
                .isEqualTo(generated);
    }

    static String generate() throws IOException {
        Properties sv = load("messages/followup.properties");
        Properties en = load("messages/followup_en.properties");
        StringBuilder doc = new StringBuilder();
        doc.append("# Indicators of the situation picture\n\n")
                .append("Generated from `se.traden.followup.Indicator` and the follow-up message bundles by\n")
                .append("`IndicatorsDocTest`; do not edit by hand. The queries are in `SituationQueries`, one method\n")
                .append("per indicator. The steering group sees every indicator aggregated: counts of 1–4 as \"<5\",\n")
                .append("further values hidden where a total would reveal them, shares and medians hidden with the\n")
                .append("counts behind them, case managers numbered (docs/decisions/0080-situation-picture.md).\n");
        for (Indicator indicator : Indicator.values()) {
            doc.append("\n## ")
                    .append(sv.getProperty(indicator.titleKey()))
                    .append(" (`")
                    .append(indicator.key())
                    .append("`)\n\n")
                    .append(sv.getProperty(indicator.descriptionKey()))
                    .append("\n\n*")
                    .append(en.getProperty(indicator.titleKey()))
                    .append(".* ")
                    .append(en.getProperty(indicator.descriptionKey()))
                    .append("\n");
            if (indicator.chart() == Indicator.Chart.BARS) {
                doc.append("\nShown as a bar chart week by week or month by month, with the table beside it.\n");
            }
        }
        return doc.toString();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IndicatorsDocTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
