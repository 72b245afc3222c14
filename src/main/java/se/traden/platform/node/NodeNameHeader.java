package se.traden.platform.node;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When several nodes run behind a load balancer, {@code traden.node-name} names this one and every
 * response says which node answered it in the header {@code X-Traden-Node} (bench/nodes.sh reads it).
 * Without the property there is no header: a single node has nothing to tell.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty("traden.node-name")
class NodeNameHeader extends OncePerRequestFilter {
    static final String HEADER = "X-Traden-Node";

    private final String nodeName;

    NodeNameHeader(@Value("${traden.node-name}") String nodeName) {
        this.nodeName = nodeName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, nodeName);
        chain.doFilter(request, response);
    }
}
