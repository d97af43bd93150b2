package dev.awsrecipes.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * The data of an {@code aws-chunked} request body ({@code SIZE[;chunk-signature=...]\r\nDATA\r\n}..., a
 * last chunk of size 0, then trailer lines such as {@code x-amz-checksum-crc32c:VALUE}), for {@link
 * TrainingS3}: the SDK sends a streamed body this way when it puts the checksum in a trailer. Signatures
 * are not checked.
 */
final class AwsChunked {
    private AwsChunked() {}

    /** The body's data; each trailer goes to {@code trailers} as (name, value). */
    static byte[] decode(byte[] body, BiConsumer<String, String> trailers) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(body.length);
        int at = 0;
        while (at < body.length) {
            int end = lineEnd(body, at);
            String line = new String(body, at, end - at, StandardCharsets.US_ASCII);
            at = end + 2;
            int semicolon = line.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                break;
            }
            data.write(body, at, size);
            at += size + 2;
        }
        while (at < body.length) {
            int end = lineEnd(body, at);
            String line = new String(body, at, end - at, StandardCharsets.US_ASCII);
            at = end + 2;
            int colon = line.indexOf(':');
            if (colon > 0) {
                trailers.accept(
                        line.substring(0, colon).trim(),
                        line.substring(colon + 1).trim());
            }
        }
        return data.toByteArray();
    }

    private static int lineEnd(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        return body.length;
    }
}
