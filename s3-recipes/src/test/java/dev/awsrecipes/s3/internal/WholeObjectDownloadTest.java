package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.BatchResult;
import dev.awsrecipes.s3.BatchSpec;
import dev.awsrecipes.s3.ChecksumCheck;
import dev.awsrecipes.s3.DownloadMismatchException;
import dev.awsrecipes.s3.DownloadProgress;
import dev.awsrecipes.s3.DownloadResult;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.ObjectChangedException;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.S3Uri;
import dev.awsrecipes.s3.internal.S3Checksums.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.s3.model.ChecksumType;

/**
 * What a download to a file costs in requests, counted on a fake S3 client: an object that fits in one
 * range is one {@code GetObject} (no {@code HeadObject}, no state file), checked against the checksum
 * headers of that GET; a larger one begins with the same GET, aborted unread, and goes on in ranges.
 */
class WholeObjectDownloadTest {
    private static final String BUCKET = "small-bucket";
    private static final long MIB = S3Limits.MIB;

    @TempDir
    Path dir;

    /** Objects smaller than the default 8 MiB range, with each kind of checksum a GET can report. */
    enum Small {
        CRC64NVME(Kind.CRC64NVME, List.of(1024L), ChecksumType.FULL_OBJECT),
        CRC32C(Kind.CRC32C, List.of(300_000L), ChecksumType.FULL_OBJECT),
        CRC32(Kind.CRC32, List.of(1L), ChecksumType.FULL_OBJECT),
        SHA1(Kind.SHA1, List.of(4096L), ChecksumType.FULL_OBJECT),
        SHA256(Kind.SHA256, List.of(4096L), ChecksumType.FULL_OBJECT),
        /** No stored checksum: the ETag of an object put in one piece is the MD5 of its bytes. */
        ETAG_MD5(Kind.MD5, List.of(2048L), null),
        EMPTY(Kind.CRC64NVME, List.of(0L), ChecksumType.FULL_OBJECT);

        final Kind kind;
        final List<Long> parts;
        final ChecksumType type;

        Small(Kind kind, List<Long> parts, ChecksumType type) {
            this.kind = kind;
            this.parts = parts;
            this.type = type;
        }

        int size() {
            return (int) parts.stream().mapToLong(Long::longValue).sum();
        }

        String value(byte[] bytes) {
            return canned().value(bytes);
        }

        ObjectS3 object(byte[] bytes) {
            return canned().object(BUCKET, bytes);
        }

        private CannedChecksum canned() {
            return new CannedChecksum(kind, parts, type);
        }
    }

    @ParameterizedTest
    @EnumSource(Small.class)
    void download_smallObject_isOneGetVerifiedByItsHeaders_withoutHeadOrStateFile(Small small) throws IOException {
        byte[] bytes = randomBytes(small.size(), small.ordinal());
        ObjectS3 s3 = small.object(bytes);
        Path target = dir.resolve("small.bin");
        List<DownloadProgress> heard = new CopyOnWriteArrayList<>();

        DownloadResult result = s3.transfers()
                .download(d -> d.bucket(BUCKET).key(ObjectS3.KEY).file(target).listener(heard::add));

        assertThat(s3.gets).as("GetObject requests").hasValue(1);
        assertThat(s3.wholeGets).hasValue(1);
        assertThat(s3.heads).as("HeadObject requests").hasValue(0);
        assertThat(s3.aborted).hasValue(0);
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(result.checksumCheck())
                .isEqualTo(new ChecksumCheck(
                        small.kind.name(),
                        small.kind == Kind.MD5 ? ChecksumCheck.ETAG_MD5 : small.type.toString(),
                        small.value(bytes),
                        true,
                        null));
        assertThat(result.bytes()).isEqualTo(small.size());
        assertThat(result.parts()).isEqualTo(small.size() == 0 ? 0 : 1);
        assertThat(heard.get(0)).as("start").isEqualTo(new DownloadProgress(0, small.size(), 0, result.parts()));
        assertThat(heard.get(heard.size() - 1))
                .as("done")
                .isEqualTo(new DownloadProgress(small.size(), small.size(), result.parts(), result.parts()));
        assertThat(filesIn(dir)).as("no state file, no partial file").containsExactly(target);
    }

    @ParameterizedTest
    @EnumSource(
            value = Small.class,
            names = {"EMPTY"},
            mode = EnumSource.Mode.EXCLUDE)
    void download_smallObject_bytesNotAsTheGetsHeadersSay_failsAndLeavesNoFile(Small small) throws IOException {
        byte[] bytes = randomBytes(small.size(), small.ordinal());
        ObjectS3 s3 = small.object(bytes).serve(damaged(bytes));

        assertThatThrownBy(() -> s3.transfers()
                        .download(d -> d.bucket(BUCKET).key(ObjectS3.KEY).file(dir.resolve("small.bin"))))
                .isInstanceOf(DownloadMismatchException.class)
                .hasMessageContaining(small.kind + ":" + small.value(bytes));
        assertThat(s3.gets).hasValue(1);
        assertThat(s3.heads).hasValue(0);
        assertThat(filesIn(dir)).as("no target, no partial file").isEmpty();
    }

    /** A composite checksum of two parts in one range: the layout is asked for (HeadObject by part), then checked. */
    @Test
    void download_smallCompositeObject_isOneGetAndItsLayout() throws IOException {
        List<Long> parts = List.of(5 * MIB, 2 * MIB + 7);
        byte[] bytes = randomBytes((int) (7 * MIB + 7), 9);
        String composite = S3Checksums.composite(Kind.CRC32C, bytes, parts);
        ObjectS3 s3 = new ObjectS3(BUCKET, bytes, parts, "\"e-2\"", h -> h.checksumCRC32C(composite)
                .checksumType(ChecksumType.COMPOSITE));
        Path target = dir.resolve("composite.bin");

        DownloadResult result =
                s3.transfers().download(d -> d.bucket(BUCKET).key(ObjectS3.KEY).file(target));

        assertThat(result.checksumCheck().verified()).isTrue();
        assertThat(result.checksum()).isEqualTo("CRC32C:" + composite);
        assertThat(s3.gets).as("the one GET").hasValue(1);
        assertThat(s3.heads).as("the first and last parts' sizes").hasValue(2);
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
    }

    @Test
    void download_largerThanOneRange_abortsTheFirstGetAndFetchesRanges_withoutHead() throws IOException {
        byte[] bytes = randomBytes((int) (3 * MIB + 5), 7);
        ObjectS3 s3 = crc32cObject(bytes);
        Path target = dir.resolve("large.bin");

        DownloadResult result = s3.transfers()
                .download(d -> d.bucket(BUCKET).key(ObjectS3.KEY).file(target).partSize(MIB));

        assertThat(s3.heads).hasValue(0);
        assertThat(s3.wholeGets).hasValue(1);
        assertThat(s3.aborted).as("the whole-object GET, given up unread").hasValue(1);
        assertThat(s3.gets).as("the first GET, then one per 1 MiB range").hasValue(1 + 4);
        assertThat(result.checksumCheck().verified()).isTrue();
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void download_largerObjectReplacedAfterTheFirstGet_failsWithObjectChanged() throws IOException {
        byte[] bytes = randomBytes((int) (2 * MIB), 8);
        ObjectS3 s3 = crc32cObject(bytes).replacedAfterHead("\"another\"");

        assertThatThrownBy(() -> s3.transfers().download(d -> d.bucket(BUCKET)
                        .key(ObjectS3.KEY)
                        .file(dir.resolve("x"))
                        .partSize(MIB)))
                .isInstanceOf(ObjectChangedException.class);
        assertThat(filesIn(dir)).isEmpty();
    }

    /** What a resume can continue is planned as before, with a HeadObject that its state file is checked against. */
    @Test
    void download_resumeWithAStateFile_isPlannedWithHeadObject() throws IOException {
        byte[] bytes = randomBytes(1024, 3);
        ObjectS3 s3 = crc32cObject(bytes);
        Path target = dir.resolve("resumed.bin");
        Files.writeString(FileDownloader.stateFileOf(target), "from another plan");

        DownloadResult result = s3.transfers()
                .download(d -> d.bucket(BUCKET).key(ObjectS3.KEY).file(target).resume(true));

        assertThat(result.checksumCheck().verified()).isTrue();
        assertThat(s3.heads).hasValue(1);
        assertThat(s3.wholeGets).hasValue(0);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    /** A batch knows each object's size from its listing: small ones are one GET, large ones start with HeadObject. */
    @Test
    void batchDownload_usesTheListedSize() throws IOException {
        byte[] bytes = randomBytes((int) (2 * MIB), 4);
        S3Uri source = new S3Uri(BUCKET, ObjectS3.KEY);
        ObjectS3 listedSmall = crc32cObject(bytes);
        ObjectS3 listedLarge = crc32cObject(bytes);

        BatchResult small = listedSmall.transfers().run(batch(source, "a", bytes.length));
        BatchResult large = listedLarge.transfers().run(batch(source, "b", 9 * MIB));

        assertThat(small.failures()).isEmpty();
        assertThat(large.failures()).isEmpty();
        assertThat(listedSmall.heads).hasValue(0);
        assertThat(listedSmall.gets).hasValue(1);
        assertThat(listedLarge.heads).hasValue(1);
        assertThat(listedLarge.wholeGets).hasValue(0);
        assertThat(Files.readAllBytes(dir.resolve("a"))).isEqualTo(bytes);
        assertThat(Files.readAllBytes(dir.resolve("b"))).isEqualTo(bytes);
    }

    private BatchSpec batch(S3Uri source, String file, long listedBytes) {
        return BatchSpec.builder()
                .actions(List.of(new ObjectAction.Download(source, dir.resolve(file), listedBytes, false)))
                .build();
    }

    /** An object put in one piece with a CRC32C, of any size. */
    private static ObjectS3 crc32cObject(byte[] bytes) {
        String crc = S3Checksums.fullObject(Kind.CRC32C, bytes);
        return new ObjectS3(BUCKET, bytes, List.of((long) bytes.length), "\"0123abcd\"", h -> h.checksumCRC32C(crc)
                .checksumType(ChecksumType.FULL_OBJECT));
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] damaged(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[bytes.length / 2] ^= 0x10;
        return copy;
    }
}
