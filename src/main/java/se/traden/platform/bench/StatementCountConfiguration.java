package se.traden.platform.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The benchmark's view into the server (bench/run, docs/performance.md): off unless {@code
 * traden.bench.statement-count=true}. Every response then carries {@code X-Traden-Statements}, the number of
 * SQL statements the request sent to the database (actor resolution, the work and the access-log write
 * included), and {@code Server-Timing: app;dur=<ms>}, the time from the first filter to the end of the
 * request's work (the session's write-back included, the sending of the body not). With {@code traden.bench.capture-dir} set as well, a request that carries the header {@code
 * X-Traden-Capture: <name>} has its statements written to {@code <dir>/<name>.sql} as a pgbench script: the
 * same statements, in the same transactions, with the request's values inlined (see {@link Recording}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("traden.bench.statement-count")
class StatementCountConfiguration {
    static final String STATEMENTS_HEADER = "X-Traden-Statements";
    static final String CAPTURE_HEADER = "X-Traden-Capture";
    static final String TIMING_HEADER = "Server-Timing";
    private static final Pattern CAPTURE_NAME = Pattern.compile("[a-z0-9-]{1,40}");

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? CountingJdbc.dataSource(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementCountFilter(Environment environment) {
        String dir = environment.getProperty("traden.bench.capture-dir", "");
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new CountingFilter(dir));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Counts (and on request captures) the statements of one request, and reports the count in a header. */
    static final class CountingFilter extends OncePerRequestFilter {
        private final String captureDir;

        CountingFilter(String captureDir) {
            this.captureDir = captureDir;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String capture = request.getHeader(CAPTURE_HEADER);
            boolean capturing = !captureDir.isBlank()
                    && capture != null
                    && CAPTURE_NAME.matcher(capture).matches();
            long started = System.nanoTime();
            Recording recording = Recording.begin(capturing);
            // The body is held back until the request is done, so that the count can still go in a header.
            var wrapped = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, wrapped);
            } finally {
                Recording.end();
                if (!wrapped.isCommitted()) {
                    wrapped.setHeader(STATEMENTS_HEADER, Long.toString(recording.statements()));
                    wrapped.setHeader(
                            TIMING_HEADER,
                            "app;dur="
                                    + String.format(
                                            java.util.Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1e6));
                }
                wrapped.copyBodyToResponse();
                if (capturing) {
                    Path dir = Path.of(captureDir);
                    Files.createDirectories(dir);
                    Files.writeString(dir.resolve(capture + ".sql"), recording.script());
                }
            }
        }
    }
}
