package dev.awsrecipes.cli.ec2;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a remote command's output, decoded as UTF-8 onto the command line's writer as they come; a
 * character split across two writes is held until its last byte arrives.
 */
final class TextOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192 + 8);
    private final CharBuffer chars = CharBuffer.allocate(8192 + 8);

    TextOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, pending.remaining());
            pending.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean end) {
        pending.flip();
        decoder.decode(pending, chars, end);
        if (end) {
            decoder.flush(chars);
        }
        pending.compact();
        chars.flip();
        writer.append(chars);
        chars.clear();
    }

    @Override
    public synchronized void flush() {
        writer.flush();
    }

    @Override
    public synchronized void close() {
        decode(true);
        writer.flush();
    }
}
