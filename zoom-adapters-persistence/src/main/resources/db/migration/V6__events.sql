-- The transactional outbox of events for the organisation's backend, and their audit trail.
-- Rows are written in the transaction of the change they report; the delivery worker claims them with a
-- conditional update (claim owner + expiry), never with a lock held across the HTTP call, so a killed instance's
-- claim simply runs out. (SKIP LOCKED exists on MySQL 8 and MariaDB 10.6+, but would need a transaction open
-- for the whole delivery.) `seq` is the recording order: per Zoom user, events are delivered in it.

CREATE TABLE event_outbox (
    seq               BIGINT        NOT NULL AUTO_INCREMENT,
    id                VARCHAR(48)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    event_type        VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    zoom_user_id      VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    account_id        VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    external_user_id  VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    body              MEDIUMTEXT    CHARACTER SET utf8mb4 NOT NULL,
    status            VARCHAR(16)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    attempts          INT           NOT NULL,
    last_error        VARCHAR(300)  CHARACTER SET utf8mb4 NULL,
    created_at        DATETIME(6)   NOT NULL,
    queued_at         DATETIME(6)   NOT NULL,
    next_attempt_at   DATETIME(6)   NOT NULL,
    delivered_at      DATETIME(6)   NULL,
    claim_owner       VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    claim_expires_at  DATETIME(6)   NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uq_event_outbox_id UNIQUE (id)
);

-- Due events: status = 'PENDING' AND next_attempt_at <= now, in seq order.
CREATE INDEX ix_event_outbox_due ON event_outbox (status, next_attempt_at);
-- "An earlier pending event of the same user" (ordering) and the audit trail by user.
CREATE INDEX ix_event_outbox_user ON event_outbox (zoom_user_id, status, seq);
CREATE INDEX ix_event_outbox_external ON event_outbox (external_user_id, seq);
-- Housekeeping by age.
CREATE INDEX ix_event_outbox_created ON event_outbox (created_at);
