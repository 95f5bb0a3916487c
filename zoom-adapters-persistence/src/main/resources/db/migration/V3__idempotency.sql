-- Idempotency-Key records (issue 11): one row per user and key, for 24 hours. The row is the lock: its primary key
-- lets exactly one of concurrent requests (on any instance) claim a key. The answer is encrypted (it may hold a
-- meeting's start_url, a host credential); only a SHA-256 fingerprint of the request is kept.
CREATE TABLE idempotency_record (
    key_hash    CHAR(64)     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    fingerprint CHAR(64)     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    answer_enc  MEDIUMBLOB   NULL,
    PRIMARY KEY (key_hash)
);

CREATE INDEX ix_idempotency_record_expires ON idempotency_record (expires_at);
