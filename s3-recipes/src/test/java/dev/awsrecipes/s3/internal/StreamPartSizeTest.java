package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.s3.S3Limits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The part sizes of a stream upload, whose length is unknown: whatever the requested size, 10,000 parts
 * reach 5 TiB, no part is outside S3's 5 MiB to 5 GiB, sizes never shrink, and the first 1,000 parts are
 * the requested size (or the smallest that works), so a short stream is held in small parts.
 */
class StreamPartSizeTest {
    private static final long MIB = S3Limits.MIB;

    @ParameterizedTest
    @ValueSource(longs = {5 * MIB, 6 * MIB, 8 * MIB, 17 * MIB + 3, 100 * MIB, 1024 * MIB, 5 * 1024 * MIB})
    void streamPartSizes_reach5TiBWithin10000PartsInS3sLimits(long requested) {
        long sum = 0;
        long previous = 0;
        for (int n = 1; n <= S3Limits.MAX_PARTS; n++) {
            long size = MultipartPlan.streamPartSize(n, requested);
            assertThat(size).as("part %d", n).isBetween(S3Limits.MIN_PART_SIZE, S3Limits.MAX_PART_SIZE);
            assertThat(size).as("part %d never shrinks", n).isGreaterThanOrEqualTo(previous);
            previous = size;
            sum += size;
        }
        assertThat(sum).isGreaterThanOrEqualTo(S3Limits.MAX_OBJECT_SIZE);
        assertThat(MultipartPlan.streamPartSize(1, requested)).isEqualTo(Math.max(requested, 6 * MIB));
        assertThat(MultipartPlan.streamPartSize(1_000, requested)).isEqualTo(Math.max(requested, 6 * MIB));
    }

    @ParameterizedTest
    @ValueSource(longs = {6 * MIB, 8 * MIB})
    void streamPartSizes_doubleEvery1000Parts(long requested) {
        assertThat(MultipartPlan.streamPartSize(1_001, requested)).isEqualTo(2 * requested);
        assertThat(MultipartPlan.streamPartSize(10_000, requested)).isEqualTo(512 * requested);
    }
}
