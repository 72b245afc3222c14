package se.traden.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Lets the MockMvc tests keep passing a {@link MockHttpSession} around while the sessions themselves live
 * where they do in production: in PostgreSQL, through Spring Session's filter. In production the session
 * id travels in the {@code SESSION} cookie; under MockMvc it travels in the mock session: when Spring
 * Session issues an id, the request gets a new mock session with that id (so a test sees a new id at
 * login), and the mock session the test passed remembers it too; when Spring Session ends a session, the
 * mock session is invalidated (also when it is deleted in the course of the request, as when a disabled
 * account's session ends and an anonymous one replaces it). What the session holds is read from and written to PostgreSQL either way.
 * The cookie is written as well, and requests without a mock session (and those of a real server, in
 * the browser tests) use it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {
    static final String SESSION_ID = MockMvcSessions.class.getName() + ".id";

    @Bean
    static BeanPostProcessor mockMvcSessionIds(ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof SessionRepositoryFilter<?> filter) {
                    var cookie = new CookieHttpSessionIdResolver();
                    cookies.ifAvailable(cookie::setCookieSerializer);
                    filter.setHttpSessionIdResolver(new MockSessionIdResolver(cookie));
                }
                if (bean instanceof SessionRepository<?>) {
                    // A session deleted while a mock session carries its id (invalidated, or found expired), or
                    // no longer found (deleted by another request), invalidates that mock session, as the
                    // servlet container's own session would be.
                    var proxy = new ProxyFactory(bean);
                    proxy.setProxyTargetClass(true);
                    proxy.addAdvice((MethodInterceptor) call -> {
                        Object result = call.proceed();
                        String method = call.getMethod().getName();
                        if ("deleteById".equals(method) || "findById".equals(method) && result == null) {
                            invalidateMockSession((String) call.getArguments()[0]);
                        }
                        return result;
                    });
                    return proxy.getProxy();
                }
                return bean;
            }
        };
    }

    private static void invalidateMockSession(String id) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            MockHttpServletRequest mock =
                    WebUtils.getNativeRequest(attributes.getRequest(), MockHttpServletRequest.class);
            if (mock != null
                    && mock.getSession(false) instanceof HttpSession session
                    && id.equals(session.getAttribute(SESSION_ID))) {
                session.invalidate();
            }
        }
    }

    /** The session id from the mock session when the test passed one, otherwise from the cookie. */
    static final class MockSessionIdResolver implements HttpSessionIdResolver {
        private final HttpSessionIdResolver cookie;

        MockSessionIdResolver(HttpSessionIdResolver cookie) {
            this.cookie = cookie;
        }

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            if (mock != null && mock.getSession(false) instanceof HttpSession session) {
                Object id = session.getAttribute(SESSION_ID);
                return id == null ? List.of() : List.of((String) id);
            }
            return cookie.resolveSessionIds(request);
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            cookie.setSessionId(request, response, sessionId);
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            if (mock == null) {
                return;
            }
            if (mock.getSession(false) instanceof HttpSession passed) {
                passed.setAttribute(SESSION_ID, sessionId);
            }
            var issued = new MockHttpSession(mock.getServletContext(), sessionId);
            issued.setAttribute(SESSION_ID, sessionId);
            mock.setSession(issued);
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            cookie.expireSession(request, response);
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            if (mock != null && mock.getSession(false) instanceof HttpSession session) {
                session.invalidate();
            }
        }
    }
}
