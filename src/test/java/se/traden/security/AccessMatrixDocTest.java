package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.traden.security.AccessMatrix.Answer;
import se.traden.security.AccessMatrix.Principal;
import se.traden.security.AccessMatrix.Row;
import se.traden.security.AccessMatrix.Rule;

/**
 * docs/access.md is generated from the access matrix (src/test/resources/access/matrix.yaml), so that
 * what the data-protection officer reads is what {@link AccessMatrixTest} holds the application to. Run
 * {@code ./mvnw test -Dtest=AccessMatrixDocTest -Dtraden.write-docs=true} to write it after changing the
 * matrix, or {@link #main}.
 */
class AccessMatrixDocTest {
    static final Path DOC = Path.of("docs/access.md");

    @Test
    void theDocumentMatchesTheMatrix() throws IOException {
        String generated = generate(AccessMatrix.load());
        if (Boolean.getBoolean("traden.write-docs")) {
            Files.writeString(DOC, generated);
        }
        assertThat(Files.exists(DOC)).as("docs/access.md exists").isTrue();
        assertThat(Files.readString(DOC))
                .as("docs/access.md is stale: run ./mvnw test -Dtest=AccessMatrixDocTest -Dtraden.write-docs=true")
                .isEqualTo(generated);
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(DOC, generate(AccessMatrix.load()));
    }

    static String generate(AccessMatrix matrix) {
        var doc = new StringBuilder();
        doc.append("# Access matrix\n\n")
                .append(
                        "<!-- Generated from src/test/resources/access/matrix.yaml by AccessMatrixDocTest; do not edit\n")
                .append(
                        "     by hand. Regenerate: ./mvnw test -Dtest=AccessMatrixDocTest -Dtraden.write-docs=true -->\n\n")
                .append(
                        "Who may use which endpoint of Tråden, for every page, form and API call the application maps.\n")
                .append("`AccessMatrixTest` sends every request as every principal below and fails when an answer\n")
                .append("differs, when an endpoint is missing here, or when a row names an endpoint that is gone\n")
                .append("(docs/decisions/0110-access-matrix.md).\n\n")
                .append(
                        "**Answers.** ✓ allowed. **403** refused: the function may not do this. **404** refused as if\n")
                .append(
                        "the record did not exist. Every refusal is written to the access log as DENIED, and a refusal\n")
                .append("answers the same for a record that exists as for one that does not, except where a cell is\n")
                .append(
                        "marked **403¹**: there the refusal of an existing record is 403 and of a missing one 404, so\n")
                .append("the answer tells that the record exists (see the rule's note).\n\n")
                .append("**Allowed means**, per endpoint: a page or a read answers its status (200, or the redirect\n")
                .append("named); a command marked *success* is sent a valid body and succeeds; a command marked\n")
                .append(
                        "*reached* is sent a well-formed body with a stale version or an empty form, and must get past\n")
                .append("every access check (no 401, 403, 404 or server error, and no denial in the access log)\n")
                .append("without changing the record the next check needs.\n\n")
                .append("## Principals\n\n")
                .append("| column | demo user | function | stands for |\n| --- | --- | --- | --- |\n");
        List<Principal> principals = matrix.principals();
        for (Principal p : principals) {
            doc.append("| ")
                    .append(p.user())
                    .append(" | `")
                    .append(p.user())
                    .append("` | ")
                    .append(p.function())
                    .append(" | ")
                    .append(p.stands())
                    .append(" |\n");
        }
        Map<String, List<Rule>> areas = new LinkedHashMap<>();
        for (Rule rule : matrix.rules()) {
            areas.computeIfAbsent(rule.area(), a -> new java.util.ArrayList<>()).add(rule);
        }
        for (var area : areas.entrySet()) {
            doc.append("\n## ").append(area.getKey()).append("\n");
            for (Rule rule : area.getValue()) {
                doc.append("\n### ").append(rule.name()).append("\n\n");
                doc.append(rule.rationale().replaceAll("\\s*\\n\\s*", " ")).append("\n\n");
                doc.append("| endpoint | allowed means |");
                for (Principal p : principals) {
                    doc.append(' ').append(p.user()).append(" |");
                }
                doc.append("\n| --- | --- |");
                doc.append(" :-: |".repeat(principals.size()));
                doc.append('\n');
                for (Row row : rule.rows()) {
                    doc.append("| `")
                            .append(row.method())
                            .append(' ')
                            .append(row.path())
                            .append("` | ");
                    doc.append(
                            switch (row.check()) {
                                case "reached" -> "reached";
                                case "success" -> "success";
                                default -> row.check();
                            });
                    if (row.note() != null) {
                        doc.append(" (").append(row.note()).append(')');
                    }
                    doc.append(" |");
                    for (Principal p : principals) {
                        Answer answer = rule.answers().get(p.user());
                        doc.append(' ')
                                .append(
                                        switch (answer) {
                                            case ALLOW -> "✓";
                                            case DENY_403 -> rule.reveals().contains(p.user()) ? "403¹" : "403";
                                            case DENY_404 -> "404";
                                        })
                                .append(" |");
                    }
                    doc.append('\n');
                }
                if (!rule.reveals().isEmpty()) {
                    doc.append("\n¹ ")
                            .append(rule.revealsWhy().replaceAll("\\s*\\n\\s*", " "))
                            .append('\n');
                }
            }
        }
        return doc.toString();
    }
}
