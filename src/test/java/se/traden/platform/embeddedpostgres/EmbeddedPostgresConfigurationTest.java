package se.traden.platform.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedPostgresConfigurationTest {

    @TempDir
    Path folder;

    @Test
    void isOffUnlessEnabled() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedPostgresConfiguration.class)
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(EmbeddedPostgresServer.class)
                        .doesNotHaveBean(DataSource.class));
    }

    @Test
    void theApplicationConnectsAsItsOwnRoleAndFlywayMigratesAsTheOwner() throws Exception {
        int port = EmbeddedPostgresServerTest.freePort();
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
                .withUserConfiguration(EmbeddedPostgresConfiguration.class)
                .withPropertyValues(
                        "traden.embedded-postgres.enabled=true",
                        "traden.embedded-postgres.data-folder=" + folder,
                        "traden.embedded-postgres.port=" + port,
                        "spring.datasource.hikari.maximum-pool-size=2",
                        "spring.flyway.locations=classpath:se/traden/platform/embeddedpostgres/migration")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    DataSource dataSource = context.getBean(DataSource.class);
                    HikariDataSource pool = context.getBean(HikariDataSource.class);
                    assertThat(dataSource).isSameAs(pool);
                    assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/traden");
                    assertThat(pool.getUsername()).isEqualTo(EmbeddedPostgresServer.APP_USER);
                    assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
                    DataSource owner = context.getBean("ownerDataSource", DataSource.class);
                    JdbcTemplate asOwner = new JdbcTemplate(owner);
                    assertThat(asOwner.queryForObject("select note from embedded_postgres_probe", String.class))
                            .isEqualTo("migrated by Flyway");
                    assertThat(asOwner.queryForObject(
                                    "select pg_get_userbyid(relowner) from pg_class where relname = 'embedded_postgres_probe'",
                                    String.class))
                            .isEqualTo(EmbeddedPostgresServer.USER);
                    assertThat(new JdbcTemplate(dataSource).queryForObject("select current_user", String.class))
                            .isEqualTo(EmbeddedPostgresServer.APP_USER);
                });
        assertThat(folder.resolve("pgdata/postmaster.pid")).doesNotExist();
    }
}
