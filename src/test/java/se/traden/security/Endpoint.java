package se.traden.security;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the running application, read from its {@link RequestMappingHandlerMapping}, so that
 * a new endpoint is covered by the security tests the day it is added.
 */
record Endpoint(RequestMethod method, String pattern, HandlerMethod handler) {
    private static final Set<RequestMethod> COMMANDS =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH);

    static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
        var endpoints = new ArrayList<Endpoint>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method, pattern, handler));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** The API's commands: POST, PUT and PATCH under {@code /api/v1}. */
    static List<Endpoint> apiCommands(RequestMappingHandlerMapping mapping) {
        return all(mapping).stream()
                .filter(e -> e.pattern.startsWith("/api/v1/") && COMMANDS.contains(e.method))
                .toList();
    }

    /** The pages' form posts: POST outside {@code /api} (and outside the libraries' own endpoints). */
    static List<Endpoint> uiPosts(RequestMappingHandlerMapping mapping) {
        return all(mapping).stream()
                .filter(e -> !e.pattern.startsWith("/api/") && e.method == RequestMethod.POST)
                .filter(e -> e.handler.getBeanType().getPackageName().startsWith("se.traden"))
                .toList();
    }

    /** The type of the {@code @RequestBody} parameter, if the handler reads a body. */
    Optional<Type> bodyType() {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return Optional.of(parameter.getGenericParameterType());
            }
        }
        return Optional.empty();
    }

    /** The names of the path's variables, in order. */
    List<String> variables() {
        var names = new ArrayList<String>();
        for (String segment : pattern.split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
