package io.zoomoauth.adapters.persistence.grant;

import io.micronaut.context.annotation.Context;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.zoomoauth.adapters.persistence.crypto.DecryptionFailed;
import io.zoomoauth.adapters.persistence.crypto.FieldCipher;
import io.zoomoauth.adapters.persistence.crypto.KeyRing;
import io.zoomoauth.adapters.persistence.crypto.VaultKeysMismatch;
import io.zoomoauth.adapters.persistence.jdbc.SqlFailures;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * At start, before anything is served: do the configured keys read the stored grants? Each key id gets a check value
 * (a known text sealed with that key) the first time it is configured; a key that cannot open its id's check value
 * is the wrong key. The key ids the stored grants were written under (read from the value headers only) must all
 * be configured. Otherwise start-up fails with {@link VaultKeysMismatch} instead of every API call failing later.
 */
@Context
final class VaultKeyCheck {

    private static final String FIELD = "vault_key_check.check_value";
    private static final String CHECK_TEXT = "zoom-oauth key check v1";
    private static final int SAMPLES = 3;

    private final KeyRing ring;
    private final JdbcOperations jdbc;
    private final SecureRandom random = new SecureRandom();

    VaultKeyCheck(KeyRing ring, JdbcOperations jdbc, TransactionOperations<Connection> transactions, Clock clock) {
        this.ring = ring;
        this.jdbc = jdbc;
        transactions.executeWrite(status -> {
            check(clock);
            return null;
        });
    }

    private void check(Clock clock) {
        Map<String, List<String>> sampleRowsByKeyId = keyIdsInUse();
        Map<String, byte[]> checks = storedChecks();
        Set<String> wrong = new TreeSet<>();
        for (String id : ring.keyIds()) {
            KeyRing.Key key = ring.find(id).orElseThrow();
            byte[] check = checks.get(id);
            if (check != null ? !opens(key, check, id, FIELD)
                    : sampleRowsByKeyId.containsKey(id)
                    && sampleRowsByKeyId.get(id).stream().noneMatch(userId -> opensGrant(key, userId))) {
                wrong.add(id);
            } else if (check == null) {
                store(key, clock);
            }
        }
        Set<String> missing = new TreeSet<>(sampleRowsByKeyId.keySet());
        missing.removeAll(ring.keyIds());
        if (!wrong.isEmpty() || !missing.isEmpty()) {
            throw new VaultKeysMismatch(sampleRowsByKeyId.keySet(), ring.keyIds(), wrong);
        }
    }

    /**
     * Key id → a few users whose grants have a value under it (a few: one of them may be tampered with); reads only
     * the first bytes of each value.
     */
    private Map<String, List<String>> keyIdsInUse() {
        String sql = "SELECT zoom_user_id, SUBSTRING(access_token_enc, 1, " + FieldCipher.MAX_HEADER_BYTES
                + ") AS a, SUBSTRING(refresh_token_enc, 1, " + FieldCipher.MAX_HEADER_BYTES + ") AS r FROM zoom_grant";
        return jdbc.prepareStatement(sql, statement -> {
            Map<String, List<String>> inUse = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String userId = rows.getString(1);
                    for (int column = 2; column <= 3; column++) {
                        FieldCipher.keyIdInHeader(rows.getBytes(column)).ifPresent(id -> {
                            List<String> samples = inUse.computeIfAbsent(id, k -> new ArrayList<>());
                            if (samples.size() < SAMPLES && !samples.contains(userId)) {
                                samples.add(userId);
                            }
                        });
                    }
                }
            }
            return inUse;
        });
    }

    private Map<String, byte[]> storedChecks() {
        return jdbc.prepareStatement("SELECT key_id, check_value FROM vault_key_check", statement -> {
            Map<String, byte[]> checks = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    checks.put(rows.getString(1), rows.getBytes(2));
                }
            }
            return checks;
        });
    }

    /** A database older than the check values: the key must open a value of a grant written under its id. */
    private boolean opensGrant(KeyRing.Key key, String userId) {
        String sql = "SELECT access_token_enc, refresh_token_enc FROM zoom_grant WHERE zoom_user_id = ?";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return true; // deleted meanwhile
                }
                byte[] access = rows.getBytes(1);
                return FieldCipher.keyIdInHeader(access).filter(key.id()::equals).isPresent()
                        ? opens(key, access, userId, GrantRowMapper.ACCESS_TOKEN)
                        : opens(key, rows.getBytes(2), userId, GrantRowMapper.REFRESH_TOKEN);
            }
        });
    }

    private boolean opens(KeyRing.Key key, byte[] value, String rowId, String field) {
        try {
            new FieldCipher(KeyRing.of(key), random).open(value, field, rowId);
            return true;
        } catch (DecryptionFailed wrongKey) {
            return false;
        }
    }

    private void store(KeyRing.Key key, Clock clock) {
        byte[] check = new FieldCipher(KeyRing.of(key), random).seal(CHECK_TEXT, FIELD, key.id());
        try {
            jdbc.prepareStatement("INSERT INTO vault_key_check (key_id, check_value, created_at) VALUES (?, ?, ?)",
                    statement -> {
                        statement.setString(1, key.id());
                        statement.setBytes(2, check);
                        statement.setString(3, UtcDateTimes.format(clock.instant()));
                        return statement.executeUpdate();
                    });
        } catch (RuntimeException e) {
            if (!SqlFailures.isDuplicateKey(e)) {
                throw e;
            }
            // Another instance starting at the same time stored it first; the next start verifies it.
        }
    }
}
