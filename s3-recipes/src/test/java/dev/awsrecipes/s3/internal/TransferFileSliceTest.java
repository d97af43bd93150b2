package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A part's bytes, however the HTTP client asks for them. */
class TransferFileSliceTest {
    private static final int SIZE = 3 * TransferFileSlice.BLOCK + 12_345;

    @TempDir
    Path dir;

    @Test
    void read_smallAndLargeAsksAndSkips_giveExactlyTheSlicesBytes() throws IOException {
        byte[] file = randomFile(SIZE, 7);
        long offset = 1000;
        int length = SIZE - 5000;
        Random asks = new Random(11);
        try (FileChannel channel = FileChannel.open(dir.resolve("f"), StandardOpenOption.READ)) {
            TransferFileSlice slice = new TransferFileSlice(channel, offset, length);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            long expectedNext = offset;
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            while (true) {
                int choice = asks.nextInt(10);
                if (choice == 0) {
                    long skipped = slice.skip(asks.nextInt(5000));
                    expectedNext += skipped;
                    continue;
                }
                int ask = choice < 7 ? 1 + asks.nextInt(8192) : TransferFileSlice.BLOCK + asks.nextInt(100_000);
                byte[] buffer = new byte[ask + 3];
                int n = slice.read(buffer, 3, ask);
                if (n < 0) {
                    break;
                }
                assertThat(n).isPositive().isLessThanOrEqualTo(ask);
                got.write(buffer, 3, n);
                expected.write(file, (int) expectedNext, n);
                expectedNext += n;
                assertThat(slice.available()).isEqualTo((int) (offset + length - expectedNext));
            }
            assertThat(expectedNext).isEqualTo(offset + length);
            assertThat(got.toByteArray()).isEqualTo(expected.toByteArray());
            assertThat(slice.read()).isEqualTo(-1);
        }
    }

    @Test
    void read_wholeSliceOneByteAtATimeAndInOneGo_match() throws IOException {
        byte[] file = randomFile(SIZE, 3);
        try (FileChannel channel = FileChannel.open(dir.resolve("f"), StandardOpenOption.READ)) {
            TransferFileSlice bytes = new TransferFileSlice(channel, 10, 300_000);
            byte[] oneByOne = new byte[300_000];
            for (int i = 0; i < oneByOne.length; i++) {
                oneByOne[i] = (byte) bytes.read();
            }
            assertThat(bytes.read()).isEqualTo(-1);
            assertThat(oneByOne).isEqualTo(Arrays.copyOfRange(file, 10, 300_010));
            assertThat(new TransferFileSlice(channel, 10, 300_000).readAllBytes())
                    .isEqualTo(oneByOne);
        }
    }

    /** A small file's slice gets a block of its own size, which must still serve every ask and skip. */
    @Test
    void read_sliceSmallerThanABlock_skipThenSmallAsks_giveExactlyTheSlicesBytes() throws IOException {
        byte[] file = randomFile(10_000, 13);
        try (FileChannel channel = FileChannel.open(dir.resolve("f"), StandardOpenOption.READ)) {
            TransferFileSlice slice = new TransferFileSlice(channel, 100, 4096);
            byte[] first = new byte[10];
            assertThat(slice.read(first, 0, 10)).isEqualTo(10);
            assertThat(slice.skip(6)).isEqualTo(6);
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            byte[] buffer = new byte[333];
            for (int n = slice.read(buffer, 0, buffer.length); n > 0; n = slice.read(buffer, 0, buffer.length)) {
                rest.write(buffer, 0, n);
            }
            assertThat(first).isEqualTo(Arrays.copyOfRange(file, 100, 110));
            assertThat(rest.toByteArray()).isEqualTo(Arrays.copyOfRange(file, 116, 4196));
        }
    }

    @Test
    void read_fileShorterThanTheSlice_failsSayingTheFileChanged() throws IOException {
        randomFile(1000, 5);
        try (FileChannel channel = FileChannel.open(dir.resolve("f"), StandardOpenOption.READ)) {
            TransferFileSlice slice = new TransferFileSlice(channel, 500, 1000);
            assertThatThrownBy(slice::readAllBytes)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("changed");
        }
    }

    private byte[] randomFile(int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        Files.write(dir.resolve("f"), bytes);
        return bytes;
    }
}
