package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.LocalStackExtension;
import dev.awsrecipes.testing.TestFiles;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * S15 against both S3 servers: objects uploaded one way come back byte-identical through parallel
 * ranged GETs, checked against S3's own checksum; a killed download resumes fetching only the rest;
 * a replaced object, bytes damaged on the wire and a full device are each detected and named.
 */
@ExtendWith(LocalStackExtension.class)
class DownloadIT {
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_multipartObject_isByteIdenticalAndMatchesTheCompositeChecksum(String server, LocalStack localStack)
            throws Exception {
        try (Aws aws = S3Servers.of(server, localStack).sessionBuilder().build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            long size = 23 * MIB + 1234;
            Path source = TestFiles.random(dir.resolve("source.bin"), size, 11);
            UploadResult uploaded = S3Transfers.using(aws)
                    .upload(u ->
                            u.bucket(bucket.name()).key("big.bin").file(source).partSize(5 * MIB));
            Path target = dir.resolve("copy.bin");

            DownloadResult result = S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                    .key("big.bin")
                    .file(target)
                    .partSize(2 * MIB)
                    .concurrency(4));

            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
            assertThat(result.checksum()).isEqualTo("CRC32C:" + uploaded.checksum());
            assertThat(uploaded.checksum()).endsWith("-5");
            assertThat(result.parts()).as("5 MiB parts cut into 2 MiB ranges").isEqualTo(4 * 3 + 2);
            assertThat(result.bytes()).isEqualTo(size);
            assertThat(result.bytesFetched()).isEqualTo(size);
            assertThat(filesIn(dir))
                    .as("no partial or state file is left")
                    .containsExactlyInAnyOrder("source.bin", "copy.bin");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_singlePartObjects_matchTheirFullObjectCrc32AndSha256(String server, LocalStack localStack)
            throws Exception {
        try (Aws aws = S3Servers.of(server, localStack).sessionBuilder().build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            S3Client s3 = aws.client(S3Recipes.S3);
            Path source = TestFiles.random(dir.resolve("source.bin"), 3 * MIB + 5, 12);
            PutObjectResponse crc32 = s3.putObject(
                    r -> r.bucket(bucket.name()).key("crc32.bin").checksumAlgorithm(ChecksumAlgorithm.CRC32),
                    RequestBody.fromFile(source));
            PutObjectResponse sha256 = s3.putObject(
                    r -> r.bucket(bucket.name()).key("sha256.bin").checksumAlgorithm(ChecksumAlgorithm.SHA256),
                    RequestBody.fromFile(source));

            DownloadResult viaCrc = S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                    .key("crc32.bin")
                    .file(dir.resolve("crc32.bin"))
                    .partSize(MIB));
            DownloadResult viaSha = S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                    .key("sha256.bin")
                    .file(dir.resolve("sha256.bin"))
                    .partSize(MIB));

            assertThat(TestFiles.sha256(dir.resolve("crc32.bin"))).isEqualTo(TestFiles.sha256(source));
            assertThat(TestFiles.sha256(dir.resolve("sha256.bin"))).isEqualTo(TestFiles.sha256(source));
            assertThat(viaCrc.parts()).isEqualTo(4);
            assertThat(viaCrc.checksum()).isEqualTo("CRC32:" + crc32.checksumCRC32());
            assertThat(viaSha.checksum()).isEqualTo("SHA256:" + sha256.checksumSHA256());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_smallObject_isOneGetVerifiedByItsOwnChecksumHeaders(String server, LocalStack localStack)
            throws Exception {
        Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
        ExecutionInterceptor count = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                String name = context.request().getClass().getSimpleName();
                requests.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            }
        };
        try (Aws aws = S3Servers.of(server, localStack)
                        .sessionBuilder()
                        .addInterceptor(count)
                        .build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            Path source = TestFiles.random(dir.resolve("source.bin"), 1024, 21);
            S3Transfers.using(aws)
                    .upload(u -> u.bucket(bucket.name()).key("small.bin").file(source));
            Path target = dir.resolve("small.bin");
            requests.clear();

            DownloadResult result = S3Transfers.using(aws)
                    .download(d -> d.bucket(bucket.name()).key("small.bin").file(target));

            assertThat(requests.keySet()).as("requests sent").containsExactly("GetObjectRequest");
            assertThat(requests.get("GetObjectRequest")).hasValue(1);
            assertThat(result.checksumCheck().verified())
                    .as(result.checksumCheck().toString())
                    .isTrue();
            assertThat(result.parts()).isEqualTo(1);
            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
            assertThat(filesIn(dir))
                    .as("no partial or state file")
                    .containsExactlyInAnyOrder("source.bin", "small.bin");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_smallObject_byteDamagedOnTheWire_failsAndLeavesNoFile(String server, LocalStack localStack)
            throws Exception {
        AtomicBoolean damaged = new AtomicBoolean();
        ExecutionInterceptor flipInWholeGet = new ExecutionInterceptor() {
            @Override
            public Optional<InputStream> modifyHttpResponseContent(
                    Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
                if (context.request() instanceof GetObjectRequest get
                        && get.range() == null
                        && damaged.compareAndSet(false, true)) {
                    return context.responseBody().map(DownloadIT::flipByte100);
                }
                return context.responseBody();
            }
        };
        try (Aws aws = S3Servers.of(server, localStack)
                        .sessionBuilder()
                        .addInterceptor(flipInWholeGet)
                        .build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            Path source = TestFiles.random(dir.resolve("source.bin"), 4096, 22);
            S3Transfers.using(aws)
                    .upload(u -> u.bucket(bucket.name()).key("small.bin").file(source));

            assertThatThrownBy(() -> S3Transfers.using(aws)
                            .download(d ->
                                    d.bucket(bucket.name()).key("small.bin").file(dir.resolve("small.bin"))))
                    .isInstanceOf(DownloadMismatchException.class)
                    .hasMessageContaining("do not match");
            assertThat(damaged).isTrue();
            assertThat(filesIn(dir)).as("no target, no partial file").containsExactly("source.bin");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_toAStream_writesTheObjectInOrderAndVerifiesIt(String server, LocalStack localStack) throws Exception {
        try (Aws aws = S3Servers.of(server, localStack).sessionBuilder().build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            Path source = TestFiles.random(dir.resolve("source.bin"), 12 * MIB + 77, 13);
            S3Transfers.using(aws)
                    .upload(u ->
                            u.bucket(bucket.name()).key("s.bin").file(source).partSize(5 * MIB));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");

            DownloadResult result;
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                result = S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                        .key("s.bin")
                        .output(out)
                        .partSize(MIB)
                        .concurrency(4));
            }

            assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(TestFiles.sha256(source));
            assertThat(result.target()).isEmpty();
            assertThat(result.checksum()).startsWith("CRC32C:").endsWith("-3");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_partsOfDifferentSizesInTheMiddle_verifyToAFile_andAreNotCalledDamagedOnAStream(
            String server, LocalStack localStack) throws Exception {
        try (Aws aws = S3Servers.of(server, localStack).sessionBuilder().build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            // First and last parts look like "6 MiB parts" (the last starts at 3 × 6 MiB), the middle ones
            // are 5 and 7 MiB: only asking every part shows the real layout.
            long[] parts = {6 * MIB, 5 * MIB, 7 * MIB, MIB + 321};
            Path source = TestFiles.random(dir.resolve("source.bin"), 19 * MIB + 321, 14);
            uploadInParts(aws.client(S3Recipes.S3), bucket.name(), "uneven.bin", source, parts);
            Path target = dir.resolve("copy.bin");

            DownloadResult toFile = S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                    .key("uneven.bin")
                    .file(target)
                    .partSize(2 * MIB));

            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
            assertThat(toFile.checksum()).startsWith("CRC32C:").endsWith("-4");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                assertThatThrownBy(() -> S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                                .key("uneven.bin")
                                .output(out)
                                .partSize(2 * MIB)))
                        .isInstanceOf(AwsRecipesException.class)
                        .isNotInstanceOf(DownloadMismatchException.class)
                        .hasMessageContaining("not verified")
                        .hasMessageContaining("download it to a file");
            }
            assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(TestFiles.sha256(source));
        }
    }

    /** A multipart upload with CRC32C per part, in the part sizes given (the last takes what is left). */
    private static void uploadInParts(S3Client s3, String bucket, String key, Path file, long[] sizes)
            throws IOException {
        String uploadId = s3.createMultipartUpload(
                        r -> r.bucket(bucket).key(key).checksumAlgorithm(ChecksumAlgorithm.CRC32_C))
                .uploadId();
        byte[] bytes = Files.readAllBytes(file);
        List<CompletedPart> done = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < sizes.length; i++) {
            int number = i + 1;
            int length = i == sizes.length - 1 ? bytes.length - offset : (int) sizes[i];
            UploadPartResponse part = s3.uploadPart(
                    r -> r.bucket(bucket)
                            .key(key)
                            .uploadId(uploadId)
                            .partNumber(number)
                            .checksumAlgorithm(ChecksumAlgorithm.CRC32_C),
                    RequestBody.fromBytes(Arrays.copyOfRange(bytes, offset, offset + length)));
            done.add(CompletedPart.builder()
                    .partNumber(number)
                    .eTag(part.eTag())
                    .checksumCRC32C(part.checksumCRC32C())
                    .build());
            offset += length;
        }
        s3.completeMultipartUpload(
                r -> r.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(done)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_existingFile_isRefusedBeforeAnyCall_andReplacedOnlyWithOverwrite(String server, LocalStack localStack)
            throws Exception {
        try (Aws aws = S3Servers.of(server, localStack).sessionBuilder().build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            Path target = Files.writeString(dir.resolve("keep.txt"), "keep me");
            aws.client(S3Recipes.S3)
                    .putObject(r -> r.bucket(bucket.name()).key("k.txt"), RequestBody.fromString("new"));

            // The bucket does not exist: had a call been made, S3 would have said so instead.
            assertThatThrownBy(() -> S3Transfers.using(aws)
                            .download("no-such-bucket-" + bucket.name().substring(4), "k.txt", target))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("exists")
                    .hasMessageContaining("overwrite");
            assertThat(target).hasContent("keep me");

            S3Transfers.using(aws)
                    .download(d ->
                            d.bucket(bucket.name()).key("k.txt").file(target).overwrite(true));
            assertThat(target).hasContent("new");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_killedMidway_resumeFetchesOnlyTheMissingRanges(String server, LocalStack localStack)
            throws Exception {
        S3Servers.Server s = S3Servers.of(server, localStack);
        try (Aws aws = s.sessionBuilder().build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            long size = 12 * MIB + 3;
            Path source = TestFiles.random(dir.resolve("source.bin"), size, 14);
            S3Transfers.using(aws)
                    .upload(u ->
                            u.bucket(bucket.name()).key("r.bin").file(source).partSize(5 * MIB));
            Path target = dir.resolve("r.bin");

            int reported = downloadThenKill(s, bucket.name(), "r.bin", target, 4);
            assertThat(target).as("the killed download left no target").doesNotExist();
            assertThat(filesIn(dir))
                    .as("it left its partial file, its state and its journal")
                    .hasSize(4);

            DownloadResult result = S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                    .key("r.bin")
                    .file(target)
                    .partSize(MIB)
                    .resume(true));

            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
            assertThat(result.partsResumed()).isGreaterThanOrEqualTo(reported);
            assertThat(result.bytesFetched())
                    .as("only the ranges the killed run had not written are fetched")
                    .isLessThanOrEqualTo(size - (reported - 1) * MIB)
                    .isIn(keptExactly(result.partsResumed(), size));
            assertThat(filesIn(dir)).containsExactlyInAnyOrder("source.bin", "r.bin");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_objectReplacedMidway_failsAsChangedAndKeepsNothing(String server, LocalStack localStack)
            throws Exception {
        S3Servers.Server s = S3Servers.of(server, localStack);
        try (Aws plain = s.sessionBuilder().build();
                TestBucket bucket = new TestBucket(plain.client(S3Recipes.S3))) {
            S3Client other = plain.client(S3Recipes.S3);
            Path source = TestFiles.random(dir.resolve("source.bin"), 4 * MIB, 15);
            other.putObject(r -> r.bucket(bucket.name()).key("c.bin"), RequestBody.fromFile(source));
            AtomicBoolean replaced = new AtomicBoolean();
            ExecutionInterceptor replaceOnFirstGet = new ExecutionInterceptor() {
                @Override
                public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                    // The whole-object GET plans the download; the object changes before the ranged GETs.
                    if (context.request() instanceof GetObjectRequest get
                            && get.range() != null
                            && replaced.compareAndSet(false, true)) {
                        other.putObject(r -> r.bucket(bucket.name()).key("c.bin"), RequestBody.fromString("v2"));
                    }
                }
            };
            Path target = dir.resolve("c.bin");
            try (Aws aws = s.sessionBuilder().addInterceptor(replaceOnFirstGet).build()) {
                assertThatThrownBy(() -> S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                                .key("c.bin")
                                .file(target)
                                .partSize(MIB)))
                        .isInstanceOf(AwsRecipesException.class)
                        .hasMessageContaining("changed while it was being downloaded");
            }
            assertThat(replaced).isTrue();
            assertThat(filesIn(dir)).as("no target, partial or state file").containsExactly("source.bin");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_byteDamagedOnTheWire_isDetectedByTheChecksum(String server, LocalStack localStack) throws Exception {
        S3Servers.Server s = S3Servers.of(server, localStack);
        AtomicBoolean damaged = new AtomicBoolean();
        ExecutionInterceptor flipOneByte = alterRangeOnce(MIB, damaged, DownloadIT::flipByte100);
        try (Aws aws = s.sessionBuilder().addInterceptor(flipOneByte).build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            Path source = TestFiles.random(dir.resolve("source.bin"), 11 * MIB, 16);
            S3Transfers.using(aws)
                    .upload(u ->
                            u.bucket(bucket.name()).key("d.bin").file(source).partSize(5 * MIB));
            Path target = dir.resolve("d.bin");

            assertThatThrownBy(() -> S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                            .key("d.bin")
                            .file(target)
                            .partSize(MIB)))
                    .isInstanceOf(AwsRecipesException.class)
                    .hasMessageContaining("do not match")
                    .hasMessageContaining("CRC32C");
            assertThat(damaged).isTrue();
            assertThat(filesIn(dir))
                    .as("the damaged bytes never become the target")
                    .containsExactly("source.bin");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_connectionCutMidRange_thatRangeIsFetchedAgainAndTheFileIsByteIdentical(
            String server, LocalStack localStack) throws Exception {
        S3Servers.Server s = S3Servers.of(server, localStack);
        AtomicBoolean cut = new AtomicBoolean();
        ExecutionInterceptor cutOnce = alterRangeOnce(2 * MIB, cut, DownloadIT::failAfter1000Bytes);
        try (Aws aws = s.sessionBuilder().addInterceptor(cutOnce).build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            Path source = TestFiles.random(dir.resolve("source.bin"), 6 * MIB + 11, 17);
            S3Transfers.using(aws)
                    .upload(u ->
                            u.bucket(bucket.name()).key("cut.bin").file(source).partSize(5 * MIB));
            Path target = dir.resolve("cut.bin");
            List<Integer> retried = new java.util.concurrent.CopyOnWriteArrayList<>();

            DownloadResult result = S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                    .key("cut.bin")
                    .file(target)
                    .partSize(MIB)
                    .listener(onRetry(retried::add)));

            assertThat(cut).isTrue();
            assertThat(retried).as("the range starting at 2 MiB, once").containsExactly(3);
            assertThat(result.bytesFetched())
                    .as("the object, plus at most what the cut attempt had written")
                    .isBetween(6 * MIB + 11, 6 * MIB + 11 + 1000);
            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {S3Servers.LOCALSTACK, S3Servers.VERSITYGW})
    void download_toAFullDevice_isALocalErrorAndNotRetried(String server, LocalStack localStack) throws Exception {
        Path full = Path.of("/dev/full");
        assertThat(full).as("Linux's always-full device").exists();
        try (Aws aws = S3Servers.of(server, localStack).sessionBuilder().build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            aws.client(S3Recipes.S3)
                    .putObject(
                            r -> r.bucket(bucket.name()).key("f.bin"),
                            RequestBody.fromBytes(new byte[3 * 1024 * 1024]));
            AtomicInteger retries = new AtomicInteger();
            try (OutputStream out = new FileOutputStream(full.toFile())) {
                assertThatThrownBy(() -> S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                                .key("f.bin")
                                .output(out)
                                .partSize(MIB)
                                .listener(onRetry(part -> retries.incrementAndGet()))))
                        .isInstanceOf(LocalFileException.class)
                        .hasMessageContaining("local I/O error, not S3");
            }
            assertThat(retries).hasValue(0);
        }
    }

    /**
     * What is left to fetch when {@code kept} ranges were kept: all of 1 MiB, or all but the last one
     * (3 bytes) of 1 MiB.
     */
    private static List<Long> keptExactly(int kept, long size) {
        return List.of(size - kept * MIB, size - ((kept - 1) * MIB + 3));
    }

    /**
     * Alters, once, the body of the first ranged GET that starts at {@code rangeStart}; {@code done}
     * tells the test that it happened.
     */
    private static ExecutionInterceptor alterRangeOnce(
            long rangeStart, AtomicBoolean done, UnaryOperator<InputStream> alter) {
        return new ExecutionInterceptor() {
            @Override
            public Optional<InputStream> modifyHttpResponseContent(
                    Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
                if (context.request() instanceof GetObjectRequest get
                        && get.range() != null
                        && get.range().startsWith("bytes=" + rangeStart + "-")
                        && done.compareAndSet(false, true)) {
                    return context.responseBody().map(alter);
                }
                return context.responseBody();
            }
        };
    }

    /** A listener that hears only retries, by part number. */
    private static DownloadListener onRetry(IntConsumer partRetried) {
        return new DownloadListener() {
            @Override
            public void progress(DownloadProgress progress) {}

            @Override
            public void partRetried(int partNumber, int attempt, Throwable error) {
                partRetried.accept(partNumber);
            }
        };
    }

    /** The stream as a connection that drops after 1000 bytes. */
    private static InputStream failAfter1000Bytes(InputStream in) {
        return new FilterInputStream(in) {
            private long position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                if (position >= 1000) {
                    throw new IOException("connection reset (simulated)");
                }
                int n = super.read(buffer, off, (int) Math.min(len, 1000 - position));
                position += Math.max(n, 0);
                return n;
            }
        };
    }

    private static InputStream flipByte100(InputStream in) {
        return new FilterInputStream(in) {
            private long position;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0 && position++ == 100) {
                    return b ^ 0xFF;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0 && position <= 100 && position + n > 100) {
                    buffer[off + (int) (100 - position)] ^= (byte) 0xFF;
                }
                position += Math.max(n, 0);
                return n;
            }
        };
    }

    /**
     * Runs the download in another JVM ({@link DownloadChildMain}), kills it (SIGKILL) once it reports
     * {@code killAfter} written ranges, and returns the ranges it reported.
     */
    private static int downloadThenKill(S3Servers.Server server, String bucket, String key, Path target, int killAfter)
            throws Exception {
        List<String> args = new ArrayList<>(server.childArguments());
        args.addAll(List.of(bucket, key, target.toString(), Long.toString(MIB), "300"));
        int parts = ChildTransfer.runAndKill(DownloadChildMain.class, args, killAfter, 0);
        assertThat(parts).as("ranges the child reported before it was killed").isGreaterThanOrEqualTo(killAfter);
        return parts;
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
