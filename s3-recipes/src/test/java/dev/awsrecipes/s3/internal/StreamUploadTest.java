package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.LocalIoException;
import dev.awsrecipes.s3.PartFailedException;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.StreamUploadSpec;
import dev.awsrecipes.s3.UploadResult;
import dev.awsrecipes.s3.internal.S3Checksums.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An upload from a stream of unknown length through {@code S3Transfers.builder().s3Client(fake)}: one
 * {@code PutObject} when it ends within the first part, parts otherwise, every byte stored once in order
 * with the composite CRC32C checked; a failing part or stream aborts the upload; memory stays within
 * {@code concurrency} parts; the caller's stream is never closed.
 */
class StreamUploadTest {
    private static final String BUCKET = "up-bucket";
    private static final long MIB = S3Limits.MIB;
    /** The first step's part size when 5 MiB is asked for: raised so 10,000 parts reach 5 TiB. */
    private static final long PART = 6 * MIB;

    @ParameterizedTest
    @ValueSource(longs = {0, 1, PART - 1, PART})
    void upload_streamEndingWithinTheFirstPart_isOnePutObject(long size) {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(size);
        Source in = new Source(bytes);

        UploadResult result = s3.transfers().upload(spec(in));

        assertThat(s3.calls).containsExactly("PutObject (" + size + " bytes)", "HeadObject");
        assertThat(s3.object()).isEqualTo(bytes);
        assertThat(result.parts()).isEqualTo(1);
        assertThat(result.bytes()).isEqualTo(size);
        assertThat(result.checksum()).isEqualTo(S3Checksums.fullObject(Kind.CRC32C, bytes));
        assertThat(in.closed).as("the caller's stream stays open").isFalse();
    }

    @Test
    void upload_longerStream_goesUpInPartsAndIsVerified() {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(2 * PART + 10);
        Source in = new Source(bytes);

        UploadResult result = s3.transfers().uploadStream(u -> u.bucket(BUCKET)
                .key("piped.bin")
                .input(in)
                .partSize(5 * MIB)
                .concurrency(2));

        assertThat(s3.calls("UploadPart"))
                .containsExactlyInAnyOrder(
                        "UploadPart 1 (" + PART + " bytes)",
                        "UploadPart 2 (" + PART + " bytes)",
                        "UploadPart 3 (10 bytes)");
        assertThat(s3.calls).contains("CompleteMultipartUpload").doesNotContain("AbortMultipartUpload");
        assertThat(s3.object()).isEqualTo(bytes);
        assertThat(result.parts()).isEqualTo(3);
        assertThat(result.bytes()).isEqualTo(bytes.length);
        assertThat(result.checksum()).endsWith("-3");
        assertThat(in.closed).isFalse();
    }

    @Test
    void upload_streamOfExactlyTwoParts_sendsNoEmptyThirdPart() {
        UploadS3 s3 = new UploadS3(BUCKET);
        byte[] bytes = randomBytes(2 * PART);

        s3.transfers().upload(spec(new Source(bytes)));

        assertThat(s3.calls("UploadPart")).hasSize(2);
        assertThat(s3.object()).isEqualTo(bytes);
    }

    @Test
    void upload_partDenied_abortsTheUploadAndNamesThePart() {
        UploadS3 s3 = new UploadS3(BUCKET).failPart(2, FakeS3.error(403, "AccessDenied"));
        Source in = new Source(randomBytes(3 * PART + 1));

        assertThatThrownBy(() -> s3.transfers().upload(spec(in)))
                .isInstanceOf(PartFailedException.class)
                .hasMessageStartingWith("part 2 failed after 1 attempt: AccessDenied");
        assertThat(s3.calls).contains("AbortMultipartUpload").doesNotContain("CompleteMultipartUpload");
        assertThat(s3.object()).isNull();
        assertThat(in.closed).isFalse();
    }

    @Test
    void upload_streamFailingMidway_isALocalErrorAndTheUploadIsAborted() {
        UploadS3 s3 = new UploadS3(BUCKET);
        InputStream failing = new Source(randomBytes(PART + MIB)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (pos >= PART + 100) {
                    throw new java.io.UncheckedIOException(new IOException("pipe broke"));
                }
                return super.read(b, off, Math.min(len, (int) (PART + 100 - pos)));
            }
        };
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return failing.read(b, off, len);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        };

        assertThatThrownBy(() -> s3.transfers().upload(spec(broken)))
                .isInstanceOf(LocalIoException.class)
                .hasMessageContaining("the input stream")
                .hasMessageContaining("pipe broke");
        assertThat(s3.calls).contains("AbortMultipartUpload").doesNotContain("CompleteMultipartUpload");
        assertThat(s3.object()).isNull();
    }

    @Test
    void upload_readsAtMostConcurrencyPartsAheadOfWhatIsStored() {
        int concurrency = 2;
        UploadS3 s3 = new UploadS3(BUCKET);
        AtomicLong stored = new AtomicLong();
        AtomicLong mostHeld = new AtomicLong();
        byte[] bytes = randomBytes(7 * PART + 3);
        Source in = new Source(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                mostHeld.accumulateAndGet(pos - stored.get(), Math::max);
                return n;
            }
        };

        s3.transfers()
                .upload(spec(in).toBuilder()
                        .concurrency(concurrency)
                        .listener(p -> stored.set(p.bytesDone()))
                        .build());

        assertThat(s3.object()).isEqualTo(bytes);
        assertThat(mostHeld.get())
                .as("bytes read but not yet stored")
                .isLessThanOrEqualTo(concurrency * PART + 1)
                .isGreaterThan(PART);
    }

    @Test
    void spec_resume_isRefusedForAStream() {
        assertThatThrownBy(() -> StreamUploadSpec.builder()
                        .bucket(BUCKET)
                        .key("k")
                        .input(new Source(new byte[0]))
                        .resume(true)
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("cannot be resumed");
    }

    private static StreamUploadSpec spec(InputStream in) {
        return StreamUploadSpec.builder()
                .bucket(BUCKET)
                .key("piped.bin")
                .input(in)
                .partSize(5 * MIB)
                .partAttempts(1)
                .build();
    }

    private static byte[] randomBytes(long size) {
        byte[] bytes = new byte[(int) size];
        new SplittableRandom(size).nextBytes(bytes);
        return bytes;
    }

    /** The caller's stream, which remembers whether it was closed. */
    private static class Source extends ByteArrayInputStream {
        volatile boolean closed;

        Source(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
