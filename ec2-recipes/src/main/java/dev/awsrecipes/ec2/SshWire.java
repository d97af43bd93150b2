package dev.awsrecipes.ec2;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The SSH wire encoding (RFC 4251): length-prefixed strings and mpints, as in public-key blobs. */
final class SshWire {
    private SshWire() {}

    /** Reads a blob field by field; every read fails with {@link IllegalArgumentException} past the end. */
    static final class Reader {
        private final ByteBuffer buffer;

        Reader(byte[] data) {
            this.buffer = ByteBuffer.wrap(data);
        }

        byte[] bytes() {
            int length = uint32();
            if (length < 0 || length > buffer.remaining()) {
                throw new IllegalArgumentException("truncated field of " + length + " bytes");
            }
            byte[] value = new byte[length];
            buffer.get(value);
            return value;
        }

        String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        BigInteger mpint() {
            return new BigInteger(bytes());
        }

        int uint32() {
            if (buffer.remaining() < 4) {
                throw new IllegalArgumentException("truncated: expected 4 more bytes");
            }
            return buffer.getInt();
        }

        byte[] raw(int length) {
            if (length > buffer.remaining()) {
                throw new IllegalArgumentException("truncated: expected " + length + " more bytes");
            }
            byte[] value = new byte[length];
            buffer.get(value);
            return value;
        }

        boolean hasMore() {
            return buffer.hasRemaining();
        }
    }

    /** Builds a blob field by field. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer string(String value) {
            return bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        Writer bytes(byte[] value) {
            uint32(value.length);
            out.writeBytes(value);
            return this;
        }

        /** Two's complement, big-endian, minimal: what {@link BigInteger#toByteArray()} gives. */
        Writer mpint(BigInteger value) {
            return bytes(value.toByteArray());
        }

        Writer uint32(int value) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
            return this;
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
