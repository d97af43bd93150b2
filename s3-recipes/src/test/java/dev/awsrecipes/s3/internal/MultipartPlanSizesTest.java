package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.TransferSettings;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The multipart plan at the sizes where plans go wrong: nothing, one byte, the part size and one byte
 * either side, the most a requested part size fits in 10,000 parts and one byte more, S3's 5 TiB
 * maximum. Every plan is checked against S3's rules: each byte in exactly one part, parts numbered from
 * 1 in order, at most 10,000 of them, none over 5 GiB, none under 5 MiB but the last.
 */
class MultipartPlanSizesTest {
    private static final long MIB = S3Limits.MIB;
    private static final long MIN = S3Limits.MIN_PART_SIZE;

    @TempDir
    Path dir;

    @Test
    void of_emptyFile_hasNoParts() {
        MultipartPlan plan = MultipartPlan.of(0, MIN);

        assertThat(plan.parts()).isEmpty();
        assertThat(plan.partSize()).isEqualTo(MIN);
    }

    @Test
    void of_oneByte_isOnePartOfOneByte() {
        assertThat(MultipartPlan.of(1, MIN).parts()).containsExactly(new PartRange(1, 0, 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {5 * MIB, 8 * MIB, 64 * MIB + 1, S3Limits.MAX_PART_SIZE})
    void of_aroundThePartSize_cutsExactlyAtPartBoundaries(long partSize) {
        assertThat(MultipartPlan.of(partSize - 1, partSize).parts()).containsExactly(new PartRange(1, 0, partSize - 1));
        assertThat(MultipartPlan.of(partSize, partSize).parts()).containsExactly(new PartRange(1, 0, partSize));
        assertThat(MultipartPlan.of(partSize + 1, partSize).parts())
                .containsExactly(new PartRange(1, 0, partSize), new PartRange(2, partSize, 1));
        assertThat(MultipartPlan.of(3 * partSize, partSize).parts())
                .extracting(PartRange::length)
                .containsExactly(partSize, partSize, partSize);
        for (long size : new long[] {partSize - 1, partSize, partSize + 1, 2 * partSize - 1, 3 * partSize}) {
            assertFollowsS3Rules(MultipartPlan.of(size, partSize), size, partSize);
        }
    }

    @Test
    void of_exactlyTenThousandParts_keepsTheRequestedSize() {
        MultipartPlan plan = MultipartPlan.of(S3Limits.MAX_PARTS * MIN, MIN);

        assertThat(plan.partSize()).isEqualTo(MIN);
        assertThat(plan.partCount()).isEqualTo(S3Limits.MAX_PARTS);
        assertFollowsS3Rules(plan, S3Limits.MAX_PARTS * MIN, MIN);
    }

    @Test
    void of_oneByteMoreThanTenThousandParts_growsThePartSizeJustEnough() {
        long size = S3Limits.MAX_PARTS * MIN + 1;

        MultipartPlan plan = MultipartPlan.of(size, MIN);

        assertThat(plan.partSize()).isGreaterThan(MIN).isLessThanOrEqualTo(MIN + MIB);
        assertFollowsS3Rules(plan, size, MIN);
    }

    @ParameterizedTest
    @ValueSource(longs = {5 * MIB, 8 * MIB, 100 * MIB, S3Limits.MAX_PART_SIZE})
    void of_largestObject_fitsInTenThousandPartsOfAtMost5GiB(long requested) {
        MultipartPlan plan = MultipartPlan.of(S3Limits.MAX_OBJECT_SIZE, requested);

        assertFollowsS3Rules(plan, S3Limits.MAX_OBJECT_SIZE, requested);
    }

    @Test
    void of_manySizes_followS3Rules() {
        SplittableRandom random = new SplittableRandom(18);
        List<Long> sizes = new ArrayList<>(List.of(1L, MIN - 1, MIN, MIN + 1, S3Limits.MAX_OBJECT_SIZE - 1));
        for (int i = 0; i < 200; i++) {
            sizes.add(1 + random.nextLong(S3Limits.MAX_OBJECT_SIZE));
        }
        long[] requested = {MIN, TransferSettings.DEFAULT_PART_SIZE, 17 * MIB + 3, S3Limits.MAX_PART_SIZE};
        for (long size : sizes) {
            for (long partSize : requested) {
                assertFollowsS3Rules(MultipartPlan.of(size, partSize), size, partSize);
            }
        }
    }

    @Test
    void withPartSize_aResumedUploadKeepsItsPartSize() {
        MultipartPlan plan = MultipartPlan.withPartSize(20 * MIB + 5, 6 * MIB);

        assertThat(plan.parts())
                .containsExactly(
                        new PartRange(1, 0, 6 * MIB),
                        new PartRange(2, 6 * MIB, 6 * MIB),
                        new PartRange(3, 12 * MIB, 6 * MIB),
                        new PartRange(4, 18 * MIB, 2 * MIB + 5));
    }

    /** A file over 5 TiB is refused before any call: the fake answers nothing, so a call would fail differently. */
    @Test
    void upload_fileOverTheLargestObject_isRefusedBeforeAnyCall() throws IOException {
        Path file = dir.resolve("huge");
        // A sparse file: no byte is written, and every file system the project runs on (ext4, tmpfs, overlay)
        // holds one of this length.
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(S3Limits.MAX_OBJECT_SIZE + 1);
        }
        FakeS3 s3 = new FakeS3("big") {};

        assertThatThrownBy(() ->
                        s3.transfers().upload(u -> u.bucket("big").key("k").file(file)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("5497558138881 bytes; an S3 object holds at most 5 TiB");
        assertThat(s3.requests).hasValue(0);
    }

    /**
     * S3's rules for a multipart upload, and the plan's own promises: the requested size is kept when
     * it fits, and grown by less than a MiB past what 10,000 parts need when it does not.
     */
    private static void assertFollowsS3Rules(MultipartPlan plan, long size, long requested) {
        String what = size + " bytes in parts of " + requested;
        List<PartRange> parts = plan.parts();
        assertThat(plan.fileSize()).isEqualTo(size);
        assertThat(parts.size()).as("parts: %s", what).isLessThanOrEqualTo(S3Limits.MAX_PARTS);
        assertThat(plan.partSize()).as("part size: %s", what).isLessThanOrEqualTo(S3Limits.MAX_PART_SIZE);
        if ((size + requested - 1) / requested <= S3Limits.MAX_PARTS) {
            assertThat(plan.partSize()).as("kept: %s", what).isEqualTo(requested);
        } else {
            assertThat(plan.partSize()).as("grown: %s", what).isGreaterThan(requested);
            assertThat((plan.partSize() - MIB) * S3Limits.MAX_PARTS)
                    .as("a MiB less would not fit: %s", what)
                    .isLessThan(size);
        }
        // Plain checks per part (a 5 TiB plan has thousands); the first broken rule is reported.
        long offset = 0;
        String broken = null;
        for (int i = 0; i < parts.size() && broken == null; i++) {
            PartRange part = parts.get(i);
            boolean last = i == parts.size() - 1;
            if (part.number() != i + 1) {
                broken = "part " + (i + 1) + " is numbered " + part.number();
            } else if (part.offset() != offset) {
                broken =
                        "part " + part.number() + " starts at " + part.offset() + ", the one before ended at " + offset;
            } else if (part.length() <= 0 || part.length() > plan.partSize()) {
                broken = "part " + part.number() + " holds " + part.length() + " bytes";
            } else if (!last && (part.length() != plan.partSize() || part.length() < S3Limits.MIN_PART_SIZE)) {
                broken = "part " + part.number() + " is not the last and holds " + part.length() + " bytes";
            }
            offset += part.length();
        }
        assertThat(broken).as(what).isNull();
        assertThat(offset).as("bytes covered: %s", what).isEqualTo(size);
    }
}
