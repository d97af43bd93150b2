package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.LocalIoException;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Uploads from a stream of unknown length on both servers: a long one goes up in parts and reads back
 * identical with the composite CRC32C S3 reports; a short one is one object; a stream that breaks midway
 * leaves neither an object nor an unfinished upload. The caller's stream is never closed.
 */
class StreamUploadIT {
    private static final long MIB = S3Limits.MIB;

    @TempDir
    Path dir;

    @S3ServerTest
    void upload_longStream_isStoredInPartsAndReadsBackIdentical(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path source = TestFiles.random(dir.resolve("source.bin"), 20 * MIB + 17, 31);
        try (TestBucket bucket = new TestBucket(s3);
                Watched in = new Watched(Files.newInputStream(source))) {
            UploadResult result = S3Transfers.using(aws).uploadStream(u -> u.bucket(bucket.name())
                    .key("piped/dump.bin")
                    .input(in)
                    .partSize(5 * MIB)
                    .concurrency(3));

            assertThat(result.parts())
                    .as("6 MiB parts (5 MiB raised so 10,000 reach 5 TiB)")
                    .isEqualTo(4);
            assertThat(result.bytes()).isEqualTo(20 * MIB + 17);
            assertThat(in.closed).as("the caller's stream stays open").isFalse();
            HeadObjectResponse head = s3.headObject(
                    r -> r.bucket(bucket.name()).key("piped/dump.bin").checksumMode(ChecksumMode.ENABLED));
            assertThat(head.contentLength()).isEqualTo(20 * MIB + 17);
            assertThat(head.checksumCRC32C()).isEqualTo(result.checksum()).endsWith("-4");
            try (InputStream stored = s3.getObject(r -> r.bucket(bucket.name()).key("piped/dump.bin"))) {
                assertThat(TestFiles.sha256(stored)).isEqualTo(TestFiles.sha256(source));
            }
            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .isEmpty();
        }
    }

    @S3ServerTest
    void upload_shortStream_isOneObject(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path source = TestFiles.random(dir.resolve("small.bin"), 123_457, 32);
        try (TestBucket bucket = new TestBucket(s3);
                InputStream in = Files.newInputStream(source)) {
            UploadResult result = S3Transfers.using(aws)
                    .uploadStream(u -> u.bucket(bucket.name()).key("small.bin").input(in));

            assertThat(result.parts()).isEqualTo(1);
            assertThat(result.multipart()).isFalse();
            try (InputStream stored = s3.getObject(r -> r.bucket(bucket.name()).key("small.bin"))) {
                assertThat(TestFiles.sha256(stored)).isEqualTo(TestFiles.sha256(source));
            }
        }
    }

    @S3ServerTest
    void upload_streamBreakingMidway_leavesNoObjectAndNoUnfinishedUpload(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path source = TestFiles.random(dir.resolve("source.bin"), 20 * MIB, 33);
        try (TestBucket bucket = new TestBucket(s3);
                InputStream breaking = new FilterInputStream(Files.newInputStream(source)) {
                    private long read;

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (read >= 13 * MIB) {
                            throw new IOException("the dump process died");
                        }
                        int n = super.read(b, off, (int) Math.min(len, 13 * MIB - read));
                        read += Math.max(n, 0);
                        return n;
                    }
                }) {
            assertThatThrownBy(() -> S3Transfers.using(aws).uploadStream(u -> u.bucket(bucket.name())
                            .key("broken.bin")
                            .input(breaking)
                            .partSize(5 * MIB)))
                    .isInstanceOf(LocalIoException.class)
                    .hasMessageContaining("the dump process died");

            assertThat(s3.listMultipartUploads(r -> r.bucket(bucket.name())).uploads())
                    .as("the multipart upload was aborted")
                    .isEmpty();
            assertThatThrownBy(() -> s3.headObject(r -> r.bucket(bucket.name()).key("broken.bin")))
                    .isInstanceOf(NoSuchKeyException.class);
        }
    }

    /** A stream that remembers whether it was closed. */
    private static final class Watched extends FilterInputStream {
        volatile boolean closed;

        Watched(InputStream in) {
            super(in);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
