package se.traden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.traden.support.IntegrationTest;
import se.traden.support.TestNumbers;
import se.traden.support.UiLogin;

/**
 * A personal identity number never travels in an address, where it would end up in browser history,
 * proxy and server logs and Referer headers: no GET mapping takes one as a path variable or query
 * parameter (read from the running application's mappings and their form objects), and the searches
 * by number, in the UI and the API, are POSTs whose answers do not redirect to an address carrying it.
 */
class PersonalNumbersInUrlsTest extends IntegrationTest {
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "personal|personnummer|pnr|ssn|identitynumber|samordningsnummer|socialsecurity", Pattern.CASE_INSENSITIVE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noGetMappingTakesAPersonalNumberInItsAddress() {
        var suspicious = new ArrayList<String>();
        int gets = 0;
        for (Endpoint endpoint : Endpoint.all(mappings)) {
            if (endpoint.method() != RequestMethod.GET) {
                continue;
            }
            gets++;
            for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
                for (String name : addressNames(parameter)) {
                    if (NUMBER_LIKE.matcher(name).find()) {
                        suspicious.add(endpoint + " takes " + name);
                    }
                }
            }
        }
        assertThat(gets).isGreaterThan(100);
        assertThat(suspicious).isEmpty();
    }

    @Test
    void theChildSearchByNumberIsAPostInTheUiAndTheApi() throws Exception {
        String number = TestNumbers.child();
        registeredChildWith(number);
        MockHttpServletResponse page = mvc.perform(post("/people/search")
                        .with(UiLogin.as(mvc, "ic"))
                        .with(csrf())
                        .param("personalNumber", number))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(page.getRedirectedUrl()).isNull();
        assertThat(page.getHeader("Location")).isNull();
        assertThat(page.getContentAsString()).doesNotContain("?personalNumber=");

        mvc.perform(post("/api/v1/people/search")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personalNumber\": \"" + number + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));

        // The searches are not to be had by GET at all ("search" is no person's id either).
        assertThat(mvc.perform(get("/api/v1/people/search")
                                .param("personalNumber", number)
                                .with(httpBasic("ic", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(400, 404, 405);
        assertThat(mvc.perform(get("/people/search")
                                .param("personalNumber", number)
                                .with(UiLogin.as(mvc, "ic")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(400, 404, 405);
    }

    @Test
    void theSearchFormIsSentByPost() throws Exception {
        String html = mvc.perform(get("/people").with(UiLogin.as(mvc, "ic")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var form = Pattern.compile("<form\\b[^>]*>(?:(?!</form>).)*name=\"personalNumber\"", Pattern.DOTALL)
                .matcher(html);
        assertThat(form.find()).as("a form with the personal-number field").isTrue();
        assertThat(form.group().toLowerCase(Locale.ROOT)).contains("method=\"post\"");
    }

    /** The names a parameter takes from the address: path variables, query parameters, form fields of GET. */
    private static List<String> addressNames(MethodParameter parameter) {
        var names = new ArrayList<String>();
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null) {
            names.add(!path.name().isEmpty() ? path.name() : path.value());
            names.add(String.valueOf(parameter.getParameterName()));
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            names.add(!param.name().isEmpty() ? param.name() : param.value());
            names.add(String.valueOf(parameter.getParameterName()));
        }
        Class<?> type = parameter.getParameterType();
        boolean formObject = parameter.hasParameterAnnotation(ModelAttribute.class)
                || (path == null
                        && param == null
                        && !BeanUtils.isSimpleProperty(type)
                        && type.getPackageName().startsWith("se.traden"));
        if (formObject) {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else {
                try {
                    for (PropertyDescriptor property :
                            Introspector.getBeanInfo(type).getPropertyDescriptors()) {
                        if (property.getWriteMethod() != null) {
                            names.add(property.getName());
                        }
                    }
                } catch (java.beans.IntrospectionException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private void registeredChildWith(String number) throws Exception {
        mvc.perform(post("/api/v1/people/children")
                        .with(httpBasic("ic", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenNames\": \"Adress\", \"familyName\": \"Testsson\","
                                + " \"identityKind\": \"PERSONAL_NUMBER\", \"personalNumber\": \"" + number + "\"}"))
                .andExpect(status().isCreated());
    }
}
