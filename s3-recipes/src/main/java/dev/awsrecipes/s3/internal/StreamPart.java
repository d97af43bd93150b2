package dev.awsrecipes.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * One part of a stream upload, read from the caller's stream into memory (a stream cannot be read twice,
 * and a part may have to be sent again). Held in chunks of 1 MiB, not one array: a part may be larger
 * than a Java array holds (up to 5 GiB), and a short last part takes only the chunks it fills. Its CRC32C
 * is computed as it is read.
 */
final class StreamPart {
    /** Bytes per chunk. */
    static final int CHUNK = 1024 * 1024;

    private final int number;
    private volatile List<byte[]> chunks;
    private final long length;
    private final int crc32c;

    private StreamPart(int number, List<byte[]> chunks, long length, int crc32c) {
        this.number = number;
        this.chunks = chunks;
        this.length = length;
        this.crc32c = crc32c;
    }

    /**
     * Reads up to {@code size} bytes; fewer only when the stream ends. The stream is not closed.
     *
     * @throws IOException the stream's own failure
     */
    static StreamPart read(int number, InputStream in, long size) throws IOException {
        List<byte[]> chunks = new ArrayList<>();
        CRC32C crc = new CRC32C();
        long length = 0;
        while (length < size) {
            byte[] chunk = new byte[(int) Math.min(CHUNK, size - length)];
            int filled = fill(in, chunk);
            if (filled == 0) {
                break;
            }
            crc.update(chunk, 0, filled);
            chunks.add(filled == chunk.length ? chunk : Arrays.copyOf(chunk, filled));
            length += filled;
            if (filled < chunk.length) {
                break;
            }
        }
        return new StreamPart(number, chunks, length, (int) crc.getValue());
    }

    /** Reads until the chunk is full or the stream ends; the bytes read. */
    private static int fill(InputStream in, byte[] chunk) throws IOException {
        int filled = 0;
        while (filled < chunk.length) {
            int n = in.read(chunk, filled, chunk.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    int number() {
        return number;
    }

    long length() {
        return length;
    }

    int crc32c() {
        return crc32c;
    }

    /** Lets go of the bytes once the part is stored (or given up), so memory holds only parts in flight. */
    void release() {
        chunks = null;
    }

    /**
     * A new stream over the part's bytes, for each attempt to send it; its reads fail once {@code stop} is
     * raised, so a part being sent ends early when another failed.
     */
    InputStream newStream(TransferStop stop) {
        List<byte[]> chunks = this.chunks;
        if (chunks == null) {
            throw new IllegalStateException("part " + number + " was released");
        }
        return new InputStream() {
            private int chunk;
            private int at;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (stop.isRaised()) {
                    throw new IOException(TransferStop.stopped().getMessage());
                }
                while (chunk < chunks.size() && at == chunks.get(chunk).length) {
                    chunk++;
                    at = 0;
                }
                if (chunk == chunks.size()) {
                    return -1;
                }
                byte[] bytes = chunks.get(chunk);
                int n = Math.min(len, bytes.length - at);
                System.arraycopy(bytes, at, target, off, n);
                at += n;
                return n;
            }
        };
    }
}
