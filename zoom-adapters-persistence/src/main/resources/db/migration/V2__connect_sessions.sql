-- Connect sessions (issue 9): every connection can belong to one of the organisation's users, and a browser that
-- starts a flow is bound to its state. Same portable subset as V1 (MySQL 8, MariaDB 11.4, H2 2.3 MODE=MySQL).

-- The organisation's id of the user a grant belongs to; unique, so one external user has one connection (several
-- NULLs are allowed). Tags are a small JSON object. unlinked_* say from whom and when a link moved elsewhere.
ALTER TABLE zoom_grant ADD COLUMN external_user_id VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
ALTER TABLE zoom_grant ADD COLUMN tags TEXT NULL;
ALTER TABLE zoom_grant ADD COLUMN unlinked_from VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
ALTER TABLE zoom_grant ADD COLUMN unlinked_at DATETIME(6) NULL;
CREATE UNIQUE INDEX ux_zoom_grant_external_user ON zoom_grant (external_user_id);
-- "connections with status = ? after user id ? ordered by user id": one range scan.
CREATE INDEX ix_zoom_grant_status_user ON zoom_grant (status, zoom_user_id);

-- The hash of the starting browser's cookie (RFC 9700 section 4.7), and the connect session a flow belongs to.
ALTER TABLE authorization_request ADD COLUMN browser_binding_hash VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
ALTER TABLE authorization_request ADD COLUMN connect_session_id VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;

-- A session's link token is stored only as its SHA-256 (hex). status: PENDING, COMPLETED, FAILED, CANCELLED
-- (EXPIRED is a PENDING session past expires_at). The flows a session started point at it from
-- authorization_request.connect_session_id.
CREATE TABLE connect_session (
    id               VARCHAR(32)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    token_hash       VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    external_user_id VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    return_to        VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    tags             TEXT          NULL,
    status           VARCHAR(16)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    zoom_user_id     VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    error_code       VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    finished_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT ux_connect_session_token UNIQUE (token_hash)
);

CREATE INDEX ix_connect_session_expires ON connect_session (expires_at);
