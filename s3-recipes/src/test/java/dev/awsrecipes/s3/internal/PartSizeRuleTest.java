package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.GivenClients;
import dev.awsrecipes.s3.CopyObjectSpec;
import dev.awsrecipes.s3.S3Limits;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyPartResult;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartCopyRequest;
import software.amazon.awssdk.services.s3.model.UploadPartCopyResponse;

/**
 * "Grow the part size so the object fits in 10,000 parts" is one rule: an upload ({@link
 * MultipartPlan#partSizeFor}, what {@code MultipartUploader} starts with) and a multipart copy (the
 * {@code UploadPartCopy} ranges {@link ObjectCopier} sends, seen through a canned S3) cut an object of the
 * same size with the same part size, at and around the sizes where the part size must grow.
 */
class PartSizeRuleTest {
    private static final long MIB = S3Limits.MIB;

    static Stream<Arguments> sizes() {
        long fits5 = S3Limits.MAX_PARTS * 5 * MIB; // the largest object 5 MiB parts can hold
        long fits6 = S3Limits.MAX_PARTS * 6 * MIB;
        long odd = 5 * MIB + 123; // a requested size that is not a whole number of MiB
        return Stream.of(
                Arguments.of(100 * MIB, 5 * MIB),
                Arguments.of(fits5 - 1, 5 * MIB),
                Arguments.of(fits5, 5 * MIB),
                Arguments.of(fits5 + 1, 5 * MIB),
                Arguments.of(fits6 - 1, 5 * MIB),
                Arguments.of(fits6, 5 * MIB),
                Arguments.of(fits6 + 1, 5 * MIB),
                Arguments.of(S3Limits.MAX_PARTS * odd, odd),
                Arguments.of(S3Limits.MAX_PARTS * odd + 1, odd),
                Arguments.of(S3Limits.MAX_OBJECT_SIZE, 5 * MIB),
                Arguments.of(S3Limits.MAX_OBJECT_SIZE, CopyObjectSpec.DEFAULT_PART_SIZE));
    }

    @ParameterizedTest(name = "{0} bytes, {1}-byte parts asked")
    @MethodSource("sizes")
    void copyAndUpload_sameSize_cutWithTheSamePartSize(long size, long requested) {
        CannedCopy s3 = new CannedCopy(size);
        CopyObjectSpec spec = CopyObjectSpec.builder()
                .sourceBucket("source")
                .sourceKey("big")
                .bucket("target")
                .key("big")
                .multipartThreshold(5 * MIB)
                .partSize(requested)
                .build();

        new ObjectCopier(GivenClients.builder().client(S3Services.S3, s3).build()).copy(spec, false);

        long uploadPartSize = MultipartPlan.partSizeFor(size, requested);
        List<long[]> ranges =
                s3.ranges.stream().sorted((a, b) -> Long.compare(a[0], b[0])).toList();
        assertThat(ranges.get(0)[1] - ranges.get(0)[0] + 1)
                .as("the copy's part size")
                .isEqualTo(uploadPartSize);
        assertThat(ranges).hasSizeLessThanOrEqualTo(S3Limits.MAX_PARTS);
        assertThat(ranges.get(ranges.size() - 1)[1]).as("the last byte copied").isEqualTo(size - 1);
        assertThat(uploadPartSize).isGreaterThanOrEqualTo(requested).isLessThanOrEqualTo(S3Limits.MAX_PART_SIZE);
        if (size <= S3Limits.MAX_PARTS * requested) {
            assertThat(uploadPartSize).as("no growth when the asked size fits").isEqualTo(requested);
        } else {
            assertThat(uploadPartSize % MIB).as("grown to whole MiB").isZero();
            assertThat(uploadPartSize - MIB)
                    .as("the smallest whole MiB that fits")
                    .isLessThan((size + S3Limits.MAX_PARTS - 1) / S3Limits.MAX_PARTS);
        }
    }

    /** An S3 that holds one object of the size and records the ranges a multipart copy asks for. */
    private static final class CannedCopy implements S3Client {
        private final long size;
        final ConcurrentLinkedQueue<long[]> ranges = new ConcurrentLinkedQueue<>();

        CannedCopy(long size) {
            this.size = size;
        }

        @Override
        public HeadObjectResponse headObject(HeadObjectRequest request) {
            return HeadObjectResponse.builder()
                    .contentLength(size)
                    .eTag("\"e\"")
                    .build();
        }

        @Override
        public CreateMultipartUploadResponse createMultipartUpload(CreateMultipartUploadRequest request) {
            return CreateMultipartUploadResponse.builder().uploadId("u").build();
        }

        @Override
        public UploadPartCopyResponse uploadPartCopy(UploadPartCopyRequest request) {
            String[] range =
                    request.copySourceRange().substring("bytes=".length()).split("-");
            ranges.add(new long[] {Long.parseLong(range[0]), Long.parseLong(range[1])});
            return UploadPartCopyResponse.builder()
                    .copyPartResult(CopyPartResult.builder().eTag("p").build())
                    .build();
        }

        @Override
        public CompleteMultipartUploadResponse completeMultipartUpload(CompleteMultipartUploadRequest request) {
            return CompleteMultipartUploadResponse.builder().eTag("\"done\"").build();
        }

        @Override
        public S3ServiceClientConfiguration serviceClientConfiguration() {
            return S3ServiceClientConfiguration.builder()
                    .region(Region.US_EAST_1)
                    .build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {}
    }
}
