package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DownloadPlanTest {
    private static final long MIB = 1024L * 1024;

    @Test
    void of_rangesNeverCrossAPartBoundary_andCoverTheObjectInOrder() {
        List<Long> parts = List.of(5 * MIB, 5 * MIB, 3 * MIB + 7);
        DownloadPlan plan = DownloadPlan.of(13 * MIB + 7, "\"e\"", Optional.empty(), parts, 2 * MIB, false);

        assertThat(plan.ranges()).hasSize(3 + 3 + 2);
        long expectedOffset = 0;
        for (DownloadPlan.Range range : plan.ranges()) {
            assertThat(range.offset()).isEqualTo(expectedOffset);
            expectedOffset += range.length();
            long partStart = parts.subList(0, range.objectPart()).stream()
                    .mapToLong(Long::longValue)
                    .sum();
            assertThat(range.offset() + range.length())
                    .as("range %d ends inside its part", range.number())
                    .isLessThanOrEqualTo(partStart + parts.get(range.objectPart()));
        }
        assertThat(expectedOffset).isEqualTo(13 * MIB + 7);
    }

    @Test
    void of_hugeObjectToAFile_growsTheRangeToStayWithinTenThousand() {
        long size = 200_000 * MIB;
        DownloadPlan plan = DownloadPlan.of(size, "\"e\"", Optional.empty(), List.of(size), MIB, false);

        assertThat(plan.ranges().size()).isLessThanOrEqualTo(DownloadPlan.MAX_RANGES);
        assertThat(plan.partSize() % MIB).isZero();
    }

    @Test
    void of_toAStream_capsTheRangeThatIsHeldInMemory() {
        long size = 10_000 * MIB;
        DownloadPlan plan = DownloadPlan.of(size, "\"e\"", Optional.empty(), List.of(size), 1024 * MIB, true);

        assertThat(plan.partSize()).isEqualTo(DownloadPlan.MAX_STREAM_RANGE);
    }

    @Test
    void of_emptyObject_hasNoRanges() {
        assertThat(DownloadPlan.of(0, "\"e\"", Optional.empty(), List.of(0L), MIB, false)
                        .ranges())
                .isEmpty();
    }
}
