-- Hardening (issue 12). Same portable subset as V1.

-- A deletion record knows the user's e-mail only as the SHA-256 of its lower-case form: enough to refuse a
-- Server-to-Server call that names a user who removed the app by e-mail, without keeping the address.
ALTER TABLE grant_deletion ADD COLUMN email_sha256 VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
CREATE INDEX ix_grant_deletion_email ON grant_deletion (email_sha256, deleted_at);
-- Retention: housekeeping deletes records older than zoom.housekeeping.deletion-retention.
CREATE INDEX ix_grant_deletion_deleted ON grant_deletion (deleted_at);

-- One known ciphertext per encryption key id, written the first time the key is configured: at start a key that
-- cannot open the check value of its id is the wrong key, whatever it is called.
CREATE TABLE vault_key_check (
    key_id      VARCHAR(32)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    check_value VARBINARY(128) NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (key_id)
);
