package io.zoomoauth.adapters.persistence.idempotency;

import io.zoomoauth.adapters.persistence.jdbc.StorageBoundary;
import io.zoomoauth.adapters.persistence.crypto.FieldCipher;
import io.zoomoauth.adapters.persistence.jdbc.SqlFailures;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.idempotency.IdempotencyKey;
import io.zoomoauth.domain.idempotency.IdempotencyRecord;
import io.zoomoauth.domain.idempotency.IdempotencyStore;
import io.zoomoauth.domain.idempotency.RecordedAnswer;
import io.zoomoauth.domain.idempotency.RequestFingerprint;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@link IdempotencyStore} on {@code idempotency_record}. A row is addressed by SHA-256(owner, key), so neither
 * user ids nor keys of any length shape the primary key; the insert of that key is the cross-instance lock.
 * Answers are sealed with the vault's AES-256-GCM, bound to the row.
 */
@Singleton
@StorageBoundary
class IdempotencyStoreAdapter implements IdempotencyStore {

    static final String ANSWER_FIELD = "idempotency_record.answer_enc";

    private final IdempotencyRepository records;
    private final FieldCipher cipher;

    IdempotencyStoreAdapter(IdempotencyRepository records, FieldCipher cipher) {
        this.records = records;
        this.cipher = cipher;
    }

    @Override
    public boolean claim(String owner, IdempotencyKey key, RequestFingerprint fingerprint, Instant now, Instant expiresAt) {
        Check.notNull(fingerprint, "fingerprint");
        String keyHash = keyHash(owner, key);
        records.deleteIfExpired(keyHash, UtcDateTimes.format(now));
        try {
            records.save(new IdempotencyRow(keyHash, fingerprint.hex(), UtcDateTimes.truncate(now),
                    UtcDateTimes.truncate(expiresAt), null));
            return true;
        } catch (RuntimeException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                return false; // another request (on any instance) holds the key
            }
            throw e;
        }
    }

    @Override
    public Optional<IdempotencyRecord> find(String owner, IdempotencyKey key, Instant now) {
        String keyHash = keyHash(owner, key);
        return records.findById(keyHash).filter(row -> row.expiresAt().isAfter(now))
                .map(row -> new IdempotencyRecord(new RequestFingerprint(row.fingerprint()), row.startedAt(),
                        row.expiresAt(), Optional.ofNullable(row.answerEnc())
                        .map(sealed -> AnswerCodec.read(cipher.openBytes(sealed, ANSWER_FIELD, keyHash)))));
    }

    @Override
    public void complete(String owner, IdempotencyKey key, RecordedAnswer answer) {
        Check.notNull(answer, "answer");
        String keyHash = keyHash(owner, key);
        records.complete(keyHash, cipher.sealBytes(AnswerCodec.write(answer), ANSWER_FIELD, keyHash));
    }

    @Override
    public void release(String owner, IdempotencyKey key) {
        records.release(keyHash(owner, key));
    }

    @Override
    public int deleteExpired(Instant now) {
        return records.deleteExpired(UtcDateTimes.format(Check.notNull(now, "now")));
    }

    static String keyHash(String owner, IdempotencyKey key) {
        Check.notBlank(owner, "owner");
        Check.notNull(key, "key");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(owner.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(key.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
