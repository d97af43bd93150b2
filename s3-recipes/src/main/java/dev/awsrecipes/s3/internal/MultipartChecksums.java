package dev.awsrecipes.s3.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * CRC32C as S3 writes it: base64 of the four big-endian bytes; for a multipart object, the CRC32C of
 * the parts' raw checksums joined, then {@code -<parts>} (S3's "composite" checksum).
 */
final class MultipartChecksums {
    /** Bytes read at a time while checksumming; a few of these are all the memory a part needs. */
    static final int READ_BUFFER = 256 * 1024;

    private MultipartChecksums() {}

    /** The CRC32C of the file's bytes in the range, read by position (safe from several threads). */
    static int crc32c(FileChannel channel, long offset, long length) throws IOException {
        CRC32C crc = new CRC32C();
        read(channel, offset, length, crc::update);
        return (int) crc.getValue();
    }

    /** Hands the file's bytes in the range to {@code sink} in order, read by position a buffer at a time. */
    static void read(FileChannel channel, long offset, long length, Consumer<ByteBuffer> sink) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(READ_BUFFER, Math.max(length, 1)));
        long position = offset;
        long end = offset + length;
        while (position < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("file ended at " + position + " while reading up to " + end + "; it changed");
            }
            buffer.flip();
            sink.accept(buffer);
            position += read;
        }
    }

    /** S3's text form of a CRC32C. */
    static String base64(int crc) {
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(4).putInt(crc).array());
    }

    /** The composite checksum S3 reports for an object made of these parts, in part order. */
    static String composite(List<Integer> partCrcs) {
        ByteBuffer joined = ByteBuffer.allocate(4 * partCrcs.size());
        partCrcs.forEach(joined::putInt);
        CRC32C crc = new CRC32C();
        crc.update(joined.array());
        return base64((int) crc.getValue()) + "-" + partCrcs.size();
    }
}
