package dev.awsrecipes.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A stream over bytes {@code [offset, offset + length)} of an open file, read by position, so several
 * parts of one file can be sent at once over one channel and no part is ever copied whole onto the heap.
 * Closing it leaves the channel open: the upload owns the channel.
 */
final class TransferFileSlice extends InputStream {
    private final FileChannel channel;
    private final long end;
    private long position;

    TransferFileSlice(FileChannel channel, long offset, long length) {
        this.channel = channel;
        this.position = offset;
        this.end = offset + length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position >= end) {
            return -1;
        }
        int wanted = (int) Math.min(len, end - position);
        int read = channel.read(ByteBuffer.wrap(target, off, wanted), position);
        if (read < 0) {
            throw new IOException("file ended at " + position + " before " + end + "; it changed during the upload");
        }
        position += read;
        return read;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, end - position);
    }
}
