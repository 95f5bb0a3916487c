-- The token vault. Portable subset: runs unchanged on MySQL 8, MariaDB 11.4 and H2 2.3 (MODE=MySQL).
-- Instants are UTC wall-clock DATETIME(6) (microseconds; no TIMESTAMP, which ends in 2038).
-- External ids use utf8mb4_bin: MariaDB's and MySQL's default collations are case-insensitive, and Zoom's ids
-- are not. utf8mb4_bin still ignores trailing spaces (PAD SPACE), so a CHECK keeps them out of the ids.
-- Ciphertext columns hold AES-GCM envelopes: header (<= 34 bytes) + 12-byte nonce + plaintext + 16-byte tag;
-- 4608 bytes fit the domain's 4096-character tokens, so nothing is ever truncated.

CREATE TABLE zoom_grant (
    zoom_user_id            VARCHAR(64)     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    zoom_account_id         VARCHAR(64)     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    email                   VARCHAR(320)    CHARACTER SET utf8mb4 NOT NULL,
    display_name            VARCHAR(255)    CHARACTER SET utf8mb4 NOT NULL,
    scopes                  VARCHAR(4000)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    access_token_enc        VARBINARY(4608) NOT NULL,
    access_token_expires_at DATETIME(6)     NOT NULL,
    refresh_token_enc       VARBINARY(4608) NOT NULL,
    refresh_token_issued_at DATETIME(6)     NOT NULL,
    api_url                 VARCHAR(2048)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    status                  VARCHAR(32)     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    status_reason           VARCHAR(500)    CHARACTER SET utf8mb4 NOT NULL,
    version                 BIGINT          NOT NULL,
    lease_owner             VARCHAR(100)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    lease_expires_at        DATETIME(6)     NULL,
    connected_at            DATETIME(6)     NOT NULL,
    last_refreshed_at       DATETIME(6)     NULL,
    created_at              DATETIME(6)     NOT NULL,
    updated_at              DATETIME(6)     NOT NULL,
    PRIMARY KEY (zoom_user_id),
    CONSTRAINT ck_zoom_grant_user_id CHECK (zoom_user_id NOT LIKE '% ' AND zoom_user_id NOT LIKE ' %')
);

-- "Grants due for keep-alive" (status = ? AND refresh_token_issued_at < ? ORDER BY refresh_token_issued_at)
-- and countByStatus are range scans of this index; list/find use the primary key.
CREATE INDEX ix_zoom_grant_keep_alive ON zoom_grant (status, refresh_token_issued_at);

CREATE TABLE authorization_request (
    state             VARCHAR(128)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    pkce_verifier_enc VARBINARY(512) NOT NULL,
    redirect_uri      VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    consumed_at       DATETIME(6)   NULL,
    PRIMARY KEY (state)
);

CREATE INDEX ix_authorization_request_created ON authorization_request (created_at);

CREATE TABLE processed_webhook_event (
    event_key   VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    event_type  VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (event_key)
);

CREATE INDEX ix_processed_webhook_event_received ON processed_webhook_event (received_at);

-- Who was deleted, when and why (deauthorization, disconnect). Never a token.
CREATE TABLE grant_deletion (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    zoom_user_id    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    zoom_account_id VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    deleted_at      DATETIME(6)  NOT NULL,
    reason          VARCHAR(500) CHARACTER SET utf8mb4 NOT NULL,
    grant_deleted   BOOLEAN      NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_grant_deletion_user ON grant_deletion (zoom_user_id, deleted_at);
