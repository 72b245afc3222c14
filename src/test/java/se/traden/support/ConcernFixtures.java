package se.traden.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Concerns raised and worked through the API, as the people in the demo municipalities would. */
public final class ConcernFixtures {
    static final String CONCERN = """
            {"subjectName": "%s", "subjectBirthYear": 2011, "subjectSchool": "Sjöskolan",
             "worry": "Har slutat komma till lektionerna och har setts med okända vuxna.",
             "problemAreas": ["SCHOOL_ABSENCE"], "urgent": %s,
             "mandatoryReport": "WILL_BE_FILED",
             "reporterOrganisation": "Sjöskolan", "reporterFunction": "Elevhälsan",
             "reporterContact": "elevhalsan@sjoskolan.example"}
            """;

    private final MockMvc mvc;

    public ConcernFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A concern from the school counsellor, urgent or not; returns its id. */
    public String fromSchool(boolean urgent) throws Exception {
        return raise("skola", "Test Barn", urgent);
    }

    public String raise(String user, String subjectName, boolean urgent) throws Exception {
        var result = api(
                        user,
                        post("/api/v1/concerns")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(CONCERN.formatted(subjectName, urgent)))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    public long version(String user, String id) throws Exception {
        return version(api(user, get("/api/v1/concerns/" + id)).andExpect(status().isOk()));
    }

    /** A command on a concern, with the version it starts from and the JSON fields it needs. */
    public ResultActions command(String user, String id, String command, long version, String fields) throws Exception {
        return api(
                user,
                post("/api/v1/concerns/" + id + "/" + command)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + (fields.isEmpty() ? "" : ", " + fields) + "}"));
    }

    public ResultActions api(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    public static long version(ResultActions result) throws Exception {
        Number v = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
        return v.longValue();
    }
}
