package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.s3.CopiedObject;
import dev.awsrecipes.s3.CopyObjectSpec;
import dev.awsrecipes.s3.S3Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parts of a server-side copy, the second place the 10,000-part rule applies: through {@code
 * S3Recipes.builder().s3Client(fake).build().copyObject(..)} against a bucket that checks the parts as
 * S3 does on completion (see {@link CopyS3}), for sizes up to S3's 5 TiB.
 */
class CopyPartsTest {
    private static final String BUCKET = "cp-bucket";
    private static final long MIB = S3Limits.MIB;
    private static final long GIB = S3Limits.GIB;

    @Test
    void copyObject_upToTheThreshold_isOneCopyObject() {
        CopyS3 s3 = new CopyS3(BUCKET, S3Limits.MAX_SINGLE_COPY);

        CopiedObject copied = copy(s3, CopyObjectSpec.DEFAULT_PART_SIZE);

        assertThat(s3.calls).containsExactly("CopyObject");
        assertThat(copied.parts()).isZero();
    }

    @Test
    void copyObject_oneByteOverTheThreshold_isCopiedInPartsWithAOneByteLastPart() {
        CopyS3 s3 = new CopyS3(BUCKET, S3Limits.MAX_SINGLE_COPY + 1);

        CopiedObject copied = copy(s3, CopyObjectSpec.DEFAULT_PART_SIZE);

        assertThat(s3.calls).containsExactly("CreateMultipartUpload", "CompleteMultipartUpload");
        assertThat(copied.parts()).isEqualTo(21);
        assertThat(s3.parts().get(20)).isEqualTo(new CopyS3.PartCopy(21, 5 * GIB, 5 * GIB));
        assertThat(copied.eTag()).isEqualTo("copy-21");
    }

    /** Sizes whose requested part size would need more than 10,000 parts, up to 5 TiB. */
    @ParameterizedTest
    @ValueSource(longs = {10_000 * 5 * MIB + 1, 100 * GIB, 1024 * GIB + 7, 5 * 1024 * GIB})
    void copyObject_largeSource_fitsInTenThousandPartsAndCoversItExactly(long size) {
        for (long partSize : new long[] {5 * MIB, CopyObjectSpec.DEFAULT_PART_SIZE, S3Limits.MAX_PART_SIZE}) {
            CopyS3 s3 = new CopyS3(BUCKET, size);

            CopiedObject copied = copy(s3, partSize);

            assertThat(s3.calls)
                    .as("%d bytes in parts of %d", size, partSize)
                    .containsExactly("CreateMultipartUpload", "CompleteMultipartUpload");
            assertThat(copied.parts()).isEqualTo(s3.parts().size()).isLessThanOrEqualTo(S3Limits.MAX_PARTS);
            assertThat(copied.bytes()).isEqualTo(size);
            long largest = s3.parts().get(0).length();
            assertThat(largest).isGreaterThanOrEqualTo(partSize).isLessThanOrEqualTo(S3Limits.MAX_PART_SIZE);
            if ((size + partSize - 1) / partSize > S3Limits.MAX_PARTS) {
                assertThat((largest - MIB) * S3Limits.MAX_PARTS)
                        .as("grown by less than a MiB past what 10,000 parts need")
                        .isLessThan(size);
            }
        }
    }

    private static CopiedObject copy(CopyS3 s3, long partSize) {
        return s3.recipes().copyObject(c -> c.sourceBucket(BUCKET)
                .sourceKey(CopyS3.SOURCE)
                .bucket(BUCKET)
                .key("dst/object")
                .partSize(partSize));
    }
}
