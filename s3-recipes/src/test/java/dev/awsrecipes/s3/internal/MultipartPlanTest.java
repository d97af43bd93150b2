package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.S3Limits;
import dev.awsrecipes.s3.TransferSettings;
import dev.awsrecipes.s3.UploadSpec;
import org.junit.jupiter.api.Test;

class MultipartPlanTest {
    private static final long MIB = S3Limits.MIB;

    @Test
    void of_fileNotAMultipleOfThePartSize_hasAShorterLastPartAndCoversEveryByte() {
        MultipartPlan plan = MultipartPlan.of(42 * MIB + 7, 5 * MIB);

        assertThat(plan.partCount()).isEqualTo(9);
        assertThat(plan.parts().get(0)).isEqualTo(new PartRange(1, 0, 5 * MIB));
        assertThat(plan.parts().get(8)).isEqualTo(new PartRange(9, 40 * MIB, 2 * MIB + 7));
        assertThat(plan.parts().stream().mapToLong(PartRange::length).sum()).isEqualTo(42 * MIB + 7);
    }

    @Test
    void of_fileThatWouldNeedMoreThan10000Parts_growsThePartSizeToWholeMebibytes() {
        long size = 100L * 1024 * MIB; // 100 GiB at 5 MiB would be 20,480 parts
        MultipartPlan plan = MultipartPlan.of(size, 5 * MIB);

        assertThat(plan.partSize()).isEqualTo(11 * MIB);
        assertThat(plan.partCount()).isLessThanOrEqualTo(10_000);
    }

    @Test
    void of_largestObject_fitsIn10000Parts() {
        MultipartPlan plan = MultipartPlan.of(S3Limits.MAX_OBJECT_SIZE, TransferSettings.DEFAULT_PART_SIZE);

        assertThat(plan.partCount()).isLessThanOrEqualTo(10_000);
        assertThat(plan.partSize()).isLessThanOrEqualTo(S3Limits.MAX_PART_SIZE);
    }

    @Test
    void partSizeFor_fileThatFits_keepsTheRequestedSize() {
        assertThat(MultipartPlan.partSizeFor(1024 * MIB, 8 * MIB)).isEqualTo(8 * MIB);
    }

    @Test
    void uploadSpec_partSizeUnder5MiB_isRejectedNamingTheRule() {
        assertThatThrownBy(() -> validUpload().partSize(5 * MIB - 1).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("partSize is 5242879 bytes")
                .hasMessageContaining("between 5 MiB");
    }

    @Test
    void uploadSpec_concurrencyOutOfRange_isRejected() {
        assertThatThrownBy(() -> validUpload().concurrency(0).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("concurrency is 0");
    }

    @Test
    void uploadSpec_missingKey_isRejectedNamingIt() {
        assertThatThrownBy(() -> UploadSpec.builder()
                        .bucket("b-1")
                        .file(java.nio.file.Path.of("x"))
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("key is required");
    }

    /** A builder with everything required set, so the value under test is the one rejected. */
    private static UploadSpec.Builder validUpload() {
        return UploadSpec.builder().bucket("b-1").key("k").file(java.nio.file.Path.of("x"));
    }
}
