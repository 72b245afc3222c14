package se.traden.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff members of the demo municipality of a test's own, made as the administrator makes them: a test
 * that locks, throttles or logs out an account then touches no demo user another test relies on.
 */
public final class StaffAccounts {
    private StaffAccounts() {}

    /**
     * A new staff member in Sjöstad with the individual coordinator's function and a local account with
     * {@code password}; its username, {@code usernamePrefix} and eight random characters.
     */
    public static String coordinator(
            MockMvc mvc, JdbcClient jdbc, String name, String email, String usernamePrefix, String password)
            throws Exception {
        var created = mvc.perform(post("/api/v1/organisation/staff")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"email\": \"" + email + "\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        String staff = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        String function = jdbc.sql("""
                        select f.id::text from org_function f join municipality m on m.id = f.municipality_id
                         where m.code = 'sjostad' and f.type = 'INDIVIDUAL_COORDINATOR' limit 1""").query(String.class).single();
        mvc.perform(post("/api/v1/organisation/staff/" + staff + "/assignments")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"functionId\": \"" + function + "\", \"validFrom\": \"2020-01-01\"}"))
                .andExpect(status().isCreated());
        String username = usernamePrefix + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(put("/api/v1/organisation/staff/" + staff + "/account")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"initialPassword\": \"" + password + "\"}"))
                .andExpect(status().isOk());
        return username;
    }
}
