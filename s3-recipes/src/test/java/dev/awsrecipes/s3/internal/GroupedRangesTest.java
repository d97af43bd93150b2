package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.DownloadSpec;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.internal.S3Checksums.Kind;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * A download to a file whose GETs each ask for several ranges: an object uploaded in 3 MiB parts with a
 * composite CRC32C (as a multipart upload leaves it), cut into 1 MiB ranges fetched up to 4 MiB a GET,
 * so GETs cross part boundaries while every part's checksum is still put together from its ranges'.
 */
class GroupedRangesTest {
    private static final String BUCKET = "grouped-bucket";
    private static final long MIB = S3Limits.MIB;
    private static final int SIZE = (int) (10 * MIB + 5);
    private static final List<Long> PARTS = List.of(3 * MIB, 3 * MIB, 3 * MIB, MIB + 5);

    @TempDir
    Path dir;

    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void download_rangesGroupedIntoGets_acrossPartBoundaries_isVerified() throws Exception {
        byte[] bytes = randomBytes();
        RecordingS3 s3 = new RecordingS3(object(bytes), -1);
        Path target = dir.resolve("out.bin");

        DownloadResult result = download(s3, target);

        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(result.checksum()).isEqualTo("CRC32C:" + S3Checksums.composite(Kind.CRC32C, bytes, PARTS));
        assertThat(result.parts()).as("ranges, as before: 3 + 3 + 3 + 2").isEqualTo(11);
        assertThat(s3.gets)
                .as("11 ranges in 3 GETs of up to 4 MiB, across the parts' boundaries")
                .containsExactlyInAnyOrder(
                        "bytes=0-" + (4 * MIB - 1),
                        "bytes=" + 4 * MIB + "-" + (8 * MIB - 1),
                        "bytes=" + 8 * MIB + "-" + (SIZE - 1));
    }

    @Test
    void download_getCutShort_isAskedAgainFromTheFirstRangeNotDone() throws Exception {
        byte[] bytes = randomBytes();
        // The first GET ends with a network error after 1.5 MiB: range 0 is done, range 1 half-written.
        RecordingS3 s3 = new RecordingS3(object(bytes), MIB + MIB / 2);
        Path target = dir.resolve("out.bin");

        DownloadResult result = download(s3, target);

        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(s3.gets).contains("bytes=0-" + (4 * MIB - 1), "bytes=" + MIB + "-" + (4 * MIB - 1));
        assertThat(result.bytesFetched())
                .as("what was done before the cut is not fetched again, only the half range")
                .isEqualTo(SIZE + MIB / 2);
    }

    @Test
    void spec_partSizeGiven_onlyWhenTheCallerSetsIt_andKeptByToBuilder() {
        DownloadSpec auto = DownloadSpec.builder()
                .bucket(BUCKET)
                .key(ObjectS3.KEY)
                .file(dir.resolve("f"))
                .build();
        DownloadSpec given = auto.toBuilder().partSize(16 * MIB).build();

        assertThat(auto.partSizeGiven()).isFalse();
        assertThat(auto.toBuilder().concurrency(3).build().partSizeGiven()).isFalse();
        assertThat(given.partSizeGiven()).isTrue();
        assertThat(given.toBuilder().build().partSizeGiven()).isTrue();
    }

    private DownloadResult download(RecordingS3 s3, Path target) throws InterruptedException {
        DownloadSpec spec = DownloadSpec.builder()
                .bucket(BUCKET)
                .key(ObjectS3.KEY)
                .file(target)
                .partSize(MIB)
                .concurrency(2)
                .build();
        HeadObjectResponse head = s3.headObject(
                HeadObjectRequest.builder().bucket(BUCKET).key(ObjectS3.KEY).build());
        DownloadPlan plan =
                DownloadPlan.of(SIZE, head.eTag(), StoredChecksum.of(head), PARTS, spec.partSize(), false, 4 * MIB);
        return new FileDownloader(s3, executor, spec, plan).download();
    }

    private static ObjectS3 object(byte[] bytes) {
        String composite = S3Checksums.composite(Kind.CRC32C, bytes, PARTS);
        return new ObjectS3(BUCKET, bytes, PARTS, "\"e-4\"", h -> h.checksumCRC32C(composite)
                .checksumType(ChecksumType.COMPOSITE));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[SIZE];
        new SplittableRandom(21).nextBytes(bytes);
        return bytes;
    }

    /** The object's answers, recording each GET's range; the first GET may be cut after some bytes. */
    private static final class RecordingS3 extends FakeS3 {
        final List<String> gets = new CopyOnWriteArrayList<>();
        private final ObjectS3 object;
        private final long cutAfter;
        private final AtomicBoolean cut = new AtomicBoolean();

        RecordingS3(ObjectS3 object, long cutAfter) {
            super(BUCKET);
            this.object = object;
            this.cutAfter = cutAfter;
        }

        @Override
        public HeadObjectResponse headObject(HeadObjectRequest request) {
            return object.headObject(request);
        }

        @Override
        public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
            gets.add(request.range());
            ResponseInputStream<GetObjectResponse> in = object.getObject(request);
            if (cutAfter < 0 || !request.range().startsWith("bytes=0-") || !cut.compareAndSet(false, true)) {
                return in;
            }
            return new ResponseInputStream<>(in.response(), AbortableInputStream.create(cutShort(in)));
        }

        private InputStream cutShort(InputStream in) {
            return new FilterInputStream(in) {
                private long read;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (read >= cutAfter) {
                        throw new IOException("connection reset (test)");
                    }
                    int n = super.read(b, off, (int) Math.min(len, cutAfter - read));
                    read += Math.max(n, 0);
                    return n;
                }
            };
        }
    }
}
