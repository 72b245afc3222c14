-- The HTTP sessions, kept in PostgreSQL by Spring Session JDBC (org.springframework.session:spring-session-jdbc
-- 4.1, its schema-postgresql.sql) so that a session survives a request landing on another node. Flyway owns
-- the tables: the library never creates them (spring.session.jdbc.initialize-schema: never). Every node
-- deletes expired sessions once a minute (spring.session.jdbc.cleanup-cron).
--
-- Not scoped to a municipality: a session belongs to a login, not to a record. It holds the security
-- context (who logged in), the CSRF token and, between the check and the confirmation of an irreversible
-- step, the form waiting on its review page (see docs/security.md).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
