package io.zoomoauth.adapters.persistence.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for single column values (tokens, PKCE verifiers).
 * <p>
 * Envelope: {@code [format 0x01][key id length][key id (ASCII)][96-bit random nonce][ciphertext + 128-bit tag]}.
 * The associated data binds the envelope header, the column ({@code table.column}) and the row's identity
 * (e.g. the Zoom user id): a ciphertext copied to another row or column, or relabelled with another key id,
 * fails authentication.
 */
public final class FieldCipher {

    private static final byte FORMAT_V1 = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final KeyRing keyRing;
    private final SecureRandom random;

    public FieldCipher(KeyRing keyRing, SecureRandom random) {
        this.keyRing = keyRing;
        this.random = random;
    }

    /** Encrypts {@code plaintext} for column {@code field} of the row identified by {@code rowId}. */
    public byte[] seal(String plaintext, String field, String rowId) {
        byte[] clear = plaintext.getBytes(StandardCharsets.UTF_8);
        try {
            return sealBytes(clear, field, rowId);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /** Encrypts binary {@code clear} (e.g. a stored HTTP answer) for column {@code field} of row {@code rowId}. */
    public byte[] sealBytes(byte[] clear, String field, String rowId) {
        KeyRing.Key key = keyRing.active();
        byte[] header = header(key.id());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(header, field, rowId));
            byte[] sealed = cipher.doFinal(clear);
            return ByteBuffer.allocate(header.length + NONCE_BYTES + sealed.length)
                    .put(header).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed for " + field, e);
        }
    }

    /** Decrypts what {@link #seal} wrote for the same column and row. */
    public String open(byte[] envelope, String field, String rowId) {
        byte[] clear = openBytes(envelope, field, rowId);
        try {
            return new String(clear, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /** Decrypts what {@link #sealBytes} wrote for the same column and row. */
    public byte[] openBytes(byte[] envelope, String field, String rowId) {
        Envelope parsed = Envelope.parse(envelope, field);
        KeyRing.Key key = keyRing.find(parsed.keyId()).orElseThrow(() -> new DecryptionFailed(field,
                "it was encrypted with key id '" + parsed.keyId() + "', which is not in ZOOM_TOKEN_ENCRYPTION_KEY"));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.secret(),
                    new GCMParameterSpec(TAG_BITS, envelope, parsed.nonceOffset(), NONCE_BYTES));
            cipher.updateAAD(associatedData(Arrays.copyOf(envelope, parsed.nonceOffset()), field, rowId));
            int bodyOffset = parsed.nonceOffset() + NONCE_BYTES;
            return cipher.doFinal(envelope, bodyOffset, envelope.length - bodyOffset);
        } catch (AEADBadTagException e) {
            throw new DecryptionFailed(field, "authentication failed under key id '" + parsed.keyId()
                    + "' (tampered, copied from another row or column, or a different key under that id)");
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailed(field, "AES-GCM rejected the value (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The id of the key a stored value was encrypted with (e.g. to find values still under an old key). */
    public static String keyIdOf(byte[] envelope) {
        return Envelope.parse(envelope, "value").keyId();
    }

    /** The key id in the header of a stored value, read from its first bytes only; empty if it has none. */
    public static Optional<String> keyIdInHeader(byte[] prefix) {
        if (prefix == null || prefix.length < 3 || prefix[0] != FORMAT_V1) {
            return Optional.empty();
        }
        int idLength = prefix[1] & 0xFF;
        return idLength == 0 || prefix.length < 2 + idLength ? Optional.empty()
                : Optional.of(new String(prefix, 2, idLength, StandardCharsets.US_ASCII));
    }

    /** How many leading bytes of a stored value {@link #keyIdInHeader} needs at most. */
    public static final int MAX_HEADER_BYTES = 2 + 32;

    public String activeKeyId() {
        return keyRing.active().id();
    }

    private static byte[] header(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[2 + id.length];
        header[0] = FORMAT_V1;
        header[1] = (byte) id.length;
        System.arraycopy(id, 0, header, 2, id.length);
        return header;
    }

    private static byte[] associatedData(byte[] header, String field, String rowId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.write(0);
        out.writeBytes(field.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.writeBytes(rowId.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private record Envelope(String keyId, int nonceOffset) {

        static Envelope parse(byte[] envelope, String field) {
            if (envelope == null || envelope.length < 3 || envelope[0] != FORMAT_V1) {
                throw new DecryptionFailed(field, "not an encrypted value of a known format");
            }
            int idLength = envelope[1] & 0xFF;
            int nonceOffset = 2 + idLength;
            if (idLength == 0 || envelope.length < nonceOffset + NONCE_BYTES + TAG_BITS / 8) {
                throw new DecryptionFailed(field, "the encrypted value is truncated");
            }
            String keyId = new String(envelope, 2, idLength, StandardCharsets.US_ASCII);
            if (!keyId.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                throw new DecryptionFailed(field, "the encrypted value has a malformed key id");
            }
            return new Envelope(keyId, nonceOffset);
        }
    }
}
