package se.traden.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.traden.support.ConcernFixtures;
import se.traden.support.IntegrationTest;
import se.traden.support.UiLogin;

/**
 * The inbox shows 50 open concerns a page, urgent first and then by the first unmet deadline, and offers
 * the next and previous pages; the API's inbox keeps its order and gives the same concerns first.
 */
class InboxPagingTest extends IntegrationTest {
    private static final Pattern CONCERN_LINK = Pattern.compile("href=\"/concerns/([0-9a-f-]{36})\"");

    @Test
    void theInboxIsReadFiftyAPageInTheOrderOfTheApi() throws Exception {
        ConcernFixtures concerns = new ConcernFixtures(mvc);
        for (int i = 0; i < 55; i++) {
            concerns.fromSchool(i % 11 == 0);
        }
        var ic = UiLogin.as(mvc, "ic");

        String first = mvc.perform(get("/concerns/inbox").with(ic))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(get("/concerns/inbox").param("page", "1").with(ic))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> firstIds = ids(first);
        List<String> secondIds = ids(second);

        assertThat(firstIds).hasSize(ConcernPages.INBOX_PAGE);
        assertThat(first).contains("/concerns/inbox?page=1").doesNotContain("/concerns/inbox?page=-1");
        assertThat(second).contains("/concerns/inbox?page=0");
        assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);

        String api = mvc.perform(get("/api/v1/concerns/inbox").with(ic))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> apiIds = JsonPath.read(api, "$[*].id");
        List<Boolean> urgent = JsonPath.read(api, "$[*].urgent");
        List<String> both = new ArrayList<>(firstIds);
        both.addAll(secondIds);
        assertThat(apiIds.subList(0, both.size()))
                .as("pages in the API's order")
                .isEqualTo(both);
        assertThat(urgent.indexOf(false)).as("urgent first").isGreaterThanOrEqualTo(0);
        assertThat(urgent.subList(urgent.indexOf(false), urgent.size())).doesNotContain(true);
    }

    private static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        var seen = new HashSet<String>();
        Matcher m = CONCERN_LINK.matcher(page);
        while (m.find()) {
            if (seen.add(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
