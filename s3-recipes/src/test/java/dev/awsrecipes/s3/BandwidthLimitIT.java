package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code maxBandwidth} on both servers: a limited transfer of {@code n} bytes takes at least {@code n /
 * rate}, all its parts together (several in flight at once), for uploads from a file and from a stream,
 * and for downloads. A coarse lower bound, not a benchmark: without the limit these take well under a
 * second on loopback.
 */
class BandwidthLimitIT {
    private static final long MIB = S3Limits.MIB;
    private static final long RATE = 4 * MIB;
    /** The clock's own slack: a sleep may end a little early by another clock's reading. */
    private static final Duration SLACK = Duration.ofMillis(100);

    @TempDir
    Path dir;

    @S3ServerTest
    void limitedTransfers_takeAtLeastSizeOverRate_allPartsTogether(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        long size = 12 * MIB;
        Path source = TestFiles.random(dir.resolve("source.bin"), size, 51);
        S3Transfers transfers = S3Transfers.using(aws);
        try (TestBucket bucket = new TestBucket(s3)) {
            Duration up = timed(() -> transfers.upload(u -> u.bucket(bucket.name())
                    .key("file.bin")
                    .file(source)
                    .partSize(5 * MIB)
                    .concurrency(3)
                    .maxBandwidth(RATE)
                    .stateDirectory(dir.resolve("state"))));
            Duration piped;
            try (InputStream in = Files.newInputStream(source)) {
                piped = timed(() -> transfers.uploadStream(u -> u.bucket(bucket.name())
                        .key("stream.bin")
                        .input(in)
                        .partSize(5 * MIB)
                        .concurrency(3)
                        .maxBandwidth(RATE)));
            }
            Path target = dir.resolve("copy.bin");
            Duration down = timed(() -> transfers.download(d -> d.bucket(bucket.name())
                    .key("file.bin")
                    .file(target)
                    .partSize(MIB)
                    .concurrency(4)
                    .maxBandwidth(RATE)));

            Duration least = Duration.ofMillis(1000 * size / RATE).minus(SLACK);
            assertThat(up).as("upload of a file in 3 parts at once").isGreaterThanOrEqualTo(least);
            assertThat(piped).as("upload of a stream").isGreaterThanOrEqualTo(least);
            assertThat(down).as("download in 4 ranges at once").isGreaterThanOrEqualTo(least);
            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
        }
    }

    private static Duration timed(Runnable transfer) {
        long start = System.nanoTime();
        transfer.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
