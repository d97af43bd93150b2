package dev.awsrecipes.benchmarks.du;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DuBucketsTest {

    @Test
    void key_spreadsObjectsOverSixteenPrefixes() {
        assertThat(DuBuckets.key(0)).isEqualTo("0/obj-0000000");
        assertThat(DuBuckets.key(31)).isEqualTo("f/obj-0000031");
    }

    @Test
    void expectedBytes_sumsOneToOneHundredBytesPerObject() {
        assertThat(DuBuckets.expectedBytes(100)).isEqualTo(5050);
        assertThat(DuBuckets.expectedBytes(101)).isEqualTo(5051);
    }

    @Test
    void pages_isObjectsOverAThousandRoundedUp() {
        assertThat(BucketDuBenchmark.pages(10_000)).isEqualTo(10);
        assertThat(BucketDuBenchmark.pages(10_001)).isEqualTo(11);
        assertThat(BucketDuBenchmark.pages(0)).isEqualTo(1);
    }

    @Test
    void total_readsTheAwsCliSummary() {
        String out = "2026-01-01 10:00:00 5 0/obj-0000004\n\nTotal Objects: 10000\n   Total Size: 505000\n";

        assertThat(BucketDuBenchmark.total(Pattern.compile("Total Objects:\\s*(\\d+)"), out))
                .isEqualTo(10000);
        assertThat(BucketDuBenchmark.total(Pattern.compile("Total Size:\\s*(\\d+)"), out))
                .isEqualTo(505000);
    }
}
