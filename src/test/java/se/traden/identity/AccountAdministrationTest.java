package se.traden.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.traden.support.IntegrationTest;

/** The administrator gives a new staff member a login; nobody else can, and no other municipality. */
class AccountAdministrationTest extends IntegrationTest {

    @Test
    void theAdministratorGivesANewStaffMemberALocalAccountAndAnOidcSubject() throws Exception {
        String staff = newStaffMember();
        String username = "ny" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(put("/api/v1/organisation/staff/" + staff + "/account")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"initialPassword\": \"kort\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("account.password-too-short"));
        mvc.perform(put("/api/v1/organisation/staff/" + staff + "/account")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"initialPassword\": \"ett-langt-losenord\","
                                + " \"oidcSubject\": \"sub-" + username + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasPassword").value(true))
                .andExpect(jsonPath("$.oidcSubject").value("sub-" + username))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        mvc.perform(formLogin().user(username).password("ett-langt-losenord")).andExpect(redirectedUrl("/"));

        // Disabling is a change from the version read.
        mvc.perform(put("/api/v1/organisation/staff/" + staff + "/account")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"oidcSubject\": \"sub-" + username
                                + "\", \"enabled\": false, \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(formLogin().user(username).password("ett-langt-losenord"))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aUsernameIsOneOnly() throws Exception {
        String staff = newStaffMember();
        mvc.perform(put("/api/v1/organisation/staff/" + staff + "/account")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"ic\", \"initialPassword\": \"ett-langt-losenord\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:traden:problem:account.username-taken"));
    }

    @Test
    void onlyTheMunicipalitysAdministratorManagesAccounts() throws Exception {
        String staff = newStaffMember();
        long denied = accessLogCount("outcome = 'DENIED' and record_id = ?", staff);
        mvc.perform(get("/api/v1/organisation/staff/" + staff + "/account").with(httpBasic("ic", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisation/staff/" + staff + "/account").with(httpBasic("aby-admin", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/organisation/staff/" + staff + "/account/unlock")
                        .with(httpBasic("gruppchef", "demo")))
                .andExpect(status().isForbidden());
        assertThat(accessLogCount("outcome = 'DENIED' and record_id = ?", staff))
                .isEqualTo(denied + 3);
    }

    String newStaffMember() throws Exception {
        var result = mvc.perform(post("/api/v1/organisation/staff")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Nyanställd Testsson\", \"email\": \"ny@sjostad.example\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }
}
