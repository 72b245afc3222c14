package se.traden.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The steering group sees the aggregated picture and nothing about a single child: its start page leads
 * to the situation picture without names, and a case page's address answers with a refusal and no data.
 */
class SteeringGroupBrowserIT extends BrowserTest {

    @Test
    void theSteeringGroupSeesTheAggregatedPictureAndIsRefusedACasePage() throws Exception {
        Child child = Child.fresh("Ebba", "Lindqvist");
        String caseId = activatedCase(child, "cm1");

        Tab styrgrupp = as("styrgrupp");
        styrgrupp.follow("Lägesbild");
        styrgrupp.shows("situation-picture");
        assertThat(styrgrupp.heading()).isEqualTo("Lägesbild");
        assertThat(styrgrupp.text()).contains("Aggregerad vy").doesNotContain(child.familyName());

        var response = styrgrupp.page.navigate(styrgrupp.baseUrl() + "/cases/" + caseId);
        assertThat(response.status()).isEqualTo(403);
        styrgrupp.shows("case-refused");
        assertThat(styrgrupp.heading()).isEqualTo("Åtkomst nekad");
        assertThat(styrgrupp.text()).doesNotContain(child.familyName()).doesNotContain("Ä-");
    }
}
