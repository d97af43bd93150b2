package dev.awsrecipes.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A stream over bytes {@code [offset, offset + length)} of an open file, read by position, so several
 * parts of one file can be sent at once over one channel and no part is ever copied whole onto the heap.
 * Closing it leaves the channel open: the upload owns the channel.
 *
 * <p>The HTTP client asks for a few KiB at a time; each ask going to the file would cost a system call
 * per few KiB (hundreds of thousands per GiB). The file is therefore read in blocks of {@link #BLOCK}
 * bytes and small asks are served from the block; asks of a block or more go to the file directly.
 */
final class TransferFileSlice extends InputStream {
    /** Bytes read from the file at once: 8 parts in flight hold 2 MiB between them. */
    static final int BLOCK = 256 * 1024;

    private final FileChannel channel;
    private final long end;
    private final TransferStop stop;
    /** The file position of the next byte to read from the file (after what the block holds). */
    private long filePosition;
    /** Bytes read from the file and not yet handed out; null until a small ask comes. */
    private ByteBuffer block;

    TransferFileSlice(FileChannel channel, long offset, long length) {
        this(channel, offset, length, TransferStop.NEVER);
    }

    /** A slice whose reads fail once {@code stop} is raised, so a part being sent ends early. */
    TransferFileSlice(FileChannel channel, long offset, long length, TransferStop stop) {
        this.channel = channel;
        this.filePosition = offset;
        this.end = offset + length;
        this.stop = stop;
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
        if (stop.isRaised()) {
            throw new IOException(TransferStop.stopped().getMessage());
        }
        if (buffered() == 0) {
            if (filePosition >= end) {
                return -1;
            }
            if (len >= BLOCK) {
                return readFile(ByteBuffer.wrap(target, off, (int) Math.min(len, end - filePosition)));
            }
            fillBlock();
        }
        int n = Math.min(len, block.remaining());
        block.get(target, off, n);
        return n;
    }

    private int buffered() {
        return block == null ? 0 : block.remaining();
    }

    private void fillBlock() throws IOException {
        if (block == null) {
            // On the heap, not direct: a direct buffer is freed only when a GC happens to run, and an
            // upload makes little garbage, so one per part left the CLI about 110 MiB more RSS on a 4 GiB file
            // (measured). No larger than what the slice still holds: a 4 KiB file got a zeroed 256 KiB block,
            // 500 MiB of allocation for a tree of 2,000 such files. The slice only moves forward, so what it
            // still holds later fits.
            block = ByteBuffer.allocate((int) Math.min(BLOCK, end - filePosition));
        }
        block.clear();
        block.limit((int) Math.min(block.capacity(), end - filePosition));
        readFile(block);
        block.flip();
    }

    /** One read from the file into {@code into}, which has room for no more than the slice's rest. */
    private int readFile(ByteBuffer into) throws IOException {
        int read = channel.read(into, filePosition);
        if (read < 0) {
            throw new IOException(
                    "file ended at " + filePosition + " before " + end + "; it changed during the upload");
        }
        filePosition += read;
        return read;
    }

    @Override
    public long skip(long n) {
        if (n <= 0) {
            return 0;
        }
        int fromBlock = (int) Math.min(n, buffered());
        if (fromBlock > 0) {
            block.position(block.position() + fromBlock);
        }
        long fromFile = Math.max(0, Math.min(n - fromBlock, end - filePosition));
        filePosition += fromFile;
        return fromBlock + fromFile;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, buffered() + end - filePosition);
    }
}
