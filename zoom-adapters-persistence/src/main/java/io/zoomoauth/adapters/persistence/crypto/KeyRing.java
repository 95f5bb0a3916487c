package io.zoomoauth.adapters.persistence.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256 keys by id. The first key encrypts every new value; the others only decrypt what they wrote earlier,
 * until each such value is written again (and so re-encrypted under the first key).
 * <p>
 * Configured as one base64 key (id {@value #DEFAULT_KEY_ID}) or as {@code id:base64,id:base64,...}.
 * Rotating away from a single key therefore reads {@code newId:NEWKEY,default:OLDKEY}.
 */
public final class KeyRing {

    public static final String DEFAULT_KEY_ID = "default";
    static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,32}");

    private final Key active;
    private final Map<String, Key> byId;

    private KeyRing(List<Key> keys) {
        this.active = keys.get(0);
        this.byId = new LinkedHashMap<>();
        for (Key key : keys) {
            if (byId.putIfAbsent(key.id(), key) != null) {
                throw new EncryptionKeyInvalid("names key id '" + key.id() + "' twice");
            }
        }
    }

    /** Parses the configured value; every message says what is wrong without echoing any of it but key ids. */
    public static KeyRing parse(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new EncryptionKeyInvalid("is not set");
        }
        String value = configured.strip();
        if (value.indexOf(':') < 0) {
            return new KeyRing(List.of(new Key(DEFAULT_KEY_ID, decode(value, "the key"))));
        }
        List<Key> keys = new ArrayList<>();
        String[] entries = value.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            String position = "key ring entry " + (i + 1);
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new EncryptionKeyInvalid("is malformed: " + position + " is not 'keyId:base64'");
            }
            String id = entry.substring(0, colon).strip();
            if (!KEY_ID.matcher(id).matches()) {
                throw new EncryptionKeyInvalid("is malformed: the key id of " + position
                        + " must be 1 to 32 letters, digits, '.', '_' or '-'");
            }
            keys.add(new Key(id, decode(entry.substring(colon + 1).strip(), position + " ('" + id + "')")));
        }
        return new KeyRing(keys);
    }

    /** A ring of freshly generated keys; for tests and the embedded database's generated key. */
    public static KeyRing of(Key active, Key... older) {
        List<Key> keys = new ArrayList<>();
        keys.add(active);
        keys.addAll(List.of(older));
        return new KeyRing(keys);
    }

    private static final Pattern HEX_KEY = Pattern.compile("(?i)(0x)?[0-9a-f]{64}");

    private static SecretKey decode(String base64, String what) {
        if (HEX_KEY.matcher(base64).matches()) {
            // 64 hex digits also decode as base64 (to 48 bytes): say what it really is.
            throw new EncryptionKeyInvalid("is malformed: " + what + " is hex (e.g. from openssl rand -hex 32); use base64");
        }
        byte[] bytes;
        try {
            bytes = base64.indexOf('-') >= 0 || base64.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(base64)
                    : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes the offending character: do not chain it.
            throw new EncryptionKeyInvalid("is malformed: " + what + " is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new EncryptionKeyInvalid("is malformed: " + what + " decodes to " + bytes.length
                    + " bytes, not the " + KEY_BYTES + " of an AES-256 key");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public Key active() {
        return active;
    }

    public Optional<Key> find(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    public List<String> keyIds() {
        return List.copyOf(byId.keySet());
    }

    @Override
    public String toString() {
        return "KeyRing[active=" + active.id() + ", keys=" + byId.keySet() + "]";
    }

    /** One AES-256 key and its id. */
    public record Key(String id, SecretKey secret) {

        public Key {
            if (id == null || !KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("key id must be 1 to 32 letters, digits, '.', '_' or '-'");
            }
            if (secret == null || secret.getEncoded() == null || secret.getEncoded().length != KEY_BYTES) {
                throw new IllegalArgumentException("key must be " + KEY_BYTES + " bytes");
            }
        }

        /** A random key (for the embedded database and for tests). */
        public static Key generate(String id, java.security.SecureRandom random) {
            byte[] bytes = new byte[KEY_BYTES];
            random.nextBytes(bytes);
            return new Key(id, new SecretKeySpec(bytes, "AES"));
        }

        /** The ring-entry form {@code id:base64}: what {@code ZOOM_TOKEN_ENCRYPTION_KEY} accepts. */
        public String toConfigValue() {
            return id + ":" + Base64.getEncoder().encodeToString(secret.getEncoded());
        }

        @Override
        public String toString() {
            return "Key[" + id + ", ***]";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.id.equals(id)
                    && java.security.MessageDigest.isEqual(key.secret.getEncoded(), secret.getEncoded());
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }
}
