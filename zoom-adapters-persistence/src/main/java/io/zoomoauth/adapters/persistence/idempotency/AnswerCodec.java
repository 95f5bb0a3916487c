package io.zoomoauth.adapters.persistence.idempotency;

import io.zoomoauth.domain.idempotency.RecordedAnswer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A recorded answer as the bytes that get encrypted: status, headers, body (length-prefixed). */
final class AnswerCodec {

    private static final int FORMAT = 1;

    private AnswerCodec() {
    }

    static byte[] write(RecordedAnswer answer) {
        byte[] body = answer.body();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeShort(answer.status());
            out.writeShort(answer.headers().size());
            for (Map.Entry<String, String> header : answer.headers().entrySet()) {
                out.writeUTF(header.getKey());
                out.writeUTF(header.getValue());
            }
            out.writeInt(body.length);
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static RecordedAnswer read(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            if (in.readByte() != FORMAT) {
                throw new IllegalStateException("a stored idempotent answer has an unknown format");
            }
            int status = in.readShort();
            int count = in.readShort();
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                headers.put(in.readUTF(), in.readUTF());
            }
            byte[] body = in.readNBytes(in.readInt());
            return new RecordedAnswer(status, headers, body);
        } catch (IOException e) {
            throw new IllegalStateException("a stored idempotent answer is truncated", e);
        }
    }
}
