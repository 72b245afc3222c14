package se.traden.platform.embeddedpostgres;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.StringUtils;

/**
 * Starts the {@link EmbeddedPostgresServer} and points the application's only {@code DataSource} at it, when {@code
 * traden.embedded-postgres.enabled=true}: the default run then needs no PostgreSQL installed.
 *
 * <p>Because this DataSource is the only one, Spring Boot's own DataSource auto-configuration backs off and Flyway
 * migrates this database. The pool is built the way Spring Boot builds its Hikari pool, so {@code
 * spring.datasource.name} and {@code spring.datasource.hikari.*} still apply; {@code spring.datasource.url},
 * {@code username} and {@code password} are ignored while the embedded server is enabled.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("traden.embedded-postgres.enabled")
@EnableConfigurationProperties({EmbeddedPostgresProperties.class, DataSourceProperties.class})
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(properties.dataFolder(), properties.port());
        server.start();
        return server;
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server, DataSourceProperties dataSourceProperties) {
        HikariDataSource dataSource = DataSourceBuilder.create(dataSourceProperties.getClassLoader())
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(server.jdbcUrl())
                .username(EmbeddedPostgresServer.APP_USER)
                .build();
        if (StringUtils.hasText(dataSourceProperties.getName())) {
            dataSource.setPoolName(dataSourceProperties.getName());
        }
        return dataSource;
    }

    /** Flyway migrates as the owner of the tables; nothing else is given this data source. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgresServer server) {
        return new DriverManagerDataSource(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
    }
}
