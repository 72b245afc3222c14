package se.traden.platform.rowsecurity;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wraps the application's data source (the bean named {@code dataSource}) so that every connection it
 * hands out carries the municipality scope; Flyway migrates through a data source of its own, as the
 * owner of the tables. See docs/decisions/0111-row-level-security.md.
 */
@Configuration(proxyBeanMethods = false)
class RowSecurityConfiguration {

    /** First of the post-processors, so that a test's statement counter wraps it and counts only the application's. */
    @Bean
    static BeanPostProcessor municipalityScopedDataSource() {
        return new ScopingPostProcessor();
    }

    private static final class ScopingPostProcessor implements BeanPostProcessor, Ordered {
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if ("dataSource".equals(name) && bean instanceof DataSource dataSource) {
                return new MunicipalityScopedDataSource(dataSource);
            }
            return bean;
        }
    }
}
