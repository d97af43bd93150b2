package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    @Test
    void autoRequestSize_aboutFourGetsPerRangeInFlight_inWholeRanges() {
        assertThat(DownloadPlan.autoRequestSize(1024 * MIB, 8, 8 * MIB))
                .as("1 GiB, 8 in flight: 32 GETs of 32 MiB instead of 128 of 8 MiB")
                .isEqualTo(32 * MIB);
        assertThat(DownloadPlan.autoRequestSize(1024 * MIB, 16, 8 * MIB)).isEqualTo(16 * MIB);
        assertThat(DownloadPlan.autoRequestSize(100 * MIB, 8, 8 * MIB))
                .as("3.1 MiB per GET rounds to whole 8 MiB ranges: one range each")
                .isEqualTo(8 * MIB);
        assertThat(DownloadPlan.autoRequestSize(300 * MIB, 8, 8 * MIB))
                .as("9.4 MiB per GET: one whole range, not a range and a bit")
                .isEqualTo(8 * MIB);
        assertThat(DownloadPlan.autoRequestSize(0, 8, 8 * MIB)).isEqualTo(8 * MIB);
    }

    @Test
    void autoRequestSize_largeObject_staysAtTheCap() {
        assertThat(DownloadPlan.autoRequestSize(4096 * MIB, 8, 8 * MIB)).isEqualTo(DownloadPlan.MAX_AUTO_REQUEST);
        assertThat(DownloadPlan.autoRequestSize(1024 * 1024 * MIB, 1, 8 * MIB))
                .isEqualTo(DownloadPlan.MAX_AUTO_REQUEST);
        assertThat(DownloadPlan.autoRequestSize(1024 * 1024 * MIB, 1, 512 * MIB))
                .as("a range larger than the cap is still one GET")
                .isEqualTo(512 * MIB);
    }

    @Test
    void requests_groupConsecutiveRanges_acrossPartBoundaries_withinTheRequestSize() {
        // Parts of 8 MiB as a multipart upload leaves them (composite checksum): ranges stay inside parts,
        // a GET spans four of them.
        List<Long> parts = List.of(8 * MIB, 8 * MIB, 8 * MIB, 8 * MIB, 8 * MIB, 3 * MIB);
        DownloadPlan plan = DownloadPlan.of(43 * MIB, "\"e\"", Optional.empty(), parts, 8 * MIB, false, 32 * MIB);

        List<List<DownloadPlan.Range>> requests = plan.requests(i -> true);

        assertThat(requests).extracting(List::size).containsExactly(4, 2);
        assertThat(requests).allSatisfy(r -> assertContiguous(r));
        assertThat(requests.stream().flatMap(List::stream)).containsExactlyElementsOf(plan.ranges());
        assertThat(plan.identity())
                .as("the request size is no part of what a resumed download must match")
                .isEqualTo(DownloadPlan.of(43 * MIB, "\"e\"", Optional.empty(), parts, 8 * MIB, false)
                        .identity());
    }

    @Test
    void requests_forAResume_skipKeptRanges_andNeverJoinAcrossThem() {
        long size = 10 * MIB;
        DownloadPlan plan = DownloadPlan.of(size, "\"e\"", Optional.empty(), List.of(size), MIB, false, 4 * MIB);
        Set<Integer> kept = Set.of(1, 2, 6);

        List<List<DownloadPlan.Range>> requests = plan.requests(i -> !kept.contains(i));

        assertThat(requests)
                .extracting(r -> r.stream().map(DownloadPlan.Range::index).toList())
                .containsExactly(List.of(0), List.of(3, 4, 5), List.of(7, 8, 9));
    }

    @Test
    void requests_givenPartSizeOrAStream_oneRangeEach() {
        long size = 64 * MIB;
        DownloadPlan given = DownloadPlan.of(size, "\"e\"", Optional.empty(), List.of(size), 8 * MIB, false);
        DownloadPlan stream = DownloadPlan.of(size, "\"e\"", Optional.empty(), List.of(size), 8 * MIB, true, 32 * MIB);

        assertThat(given.requests(i -> true)).hasSize(8).allSatisfy(r -> assertThat(r)
                .hasSize(1));
        assertThat(stream.requests(i -> true))
                .as("a stream holds each GET in memory: one range each")
                .hasSize(8);
    }

    private static void assertContiguous(List<DownloadPlan.Range> request) {
        for (int i = 1; i < request.size(); i++) {
            assertThat(request.get(i).offset())
                    .isEqualTo(request.get(i - 1).offset() + request.get(i - 1).length());
        }
    }
}
