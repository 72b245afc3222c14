package se.traden.platform.embeddedpostgres;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL ({@code traden.embedded-postgres.*}).
 *
 * @param enabled whether {@link EmbeddedPostgresConfiguration} starts the server and defines the DataSource
 * @param dataFolder where the binaries, the database cluster and the server log are kept
 * @param port the TCP port on 127.0.0.1 the server listens on
 */
@ConfigurationProperties("traden.embedded-postgres")
public record EmbeddedPostgresProperties(
        boolean enabled,
        @DefaultValue("./data") Path dataFolder,
        @DefaultValue("54329") int port) {}
