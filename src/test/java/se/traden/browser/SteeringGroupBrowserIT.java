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

    @org.springframework.beans.factory.annotation.Autowired
    se.traden.followup.SituationPrecompute precompute;

    @Test
    void theCoordinatorSeesWhenTheNightsFiguresWereCountedAndCountsAnew() throws Exception {
        java.util.UUID sjostad = se.traden.support.TestDatabase.owner()
                .sql("select id from municipality where code = 'sjostad'")
                .query(java.util.UUID.class)
                .single();
        precompute.runFor(sjostad);
        try {
            Tab ic = as("ic");
            ic.open("/uppfoljning/lagesbild", "situation-picture-computed-ahead");
            assertThat(ic.text()).contains("Siffrorna räknades fram").contains("Räkna om nu");
            ic.follow("Räkna om nu");
            ic.shows("situation-picture-counted-now");
            assertThat(ic.heading()).isEqualTo("Lägesbild");
            assertThat(ic.text()).doesNotContain("Siffrorna räknades fram");
        } finally {
            // no other test may meet a picture from the past
            se.traden.support.TestDatabase.owner()
                    .sql("delete from situation_snapshot where municipality_id = ?")
                    .param(sjostad)
                    .update();
        }
    }
}
