package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Over plain HTTP to the loopback address (LocalStack here) bodies go unsigned, as over HTTPS: each
 * request as sent says {@code UNSIGNED-PAYLOAD}, is still signed, still carries its CRC32C, and the
 * object arrives byte-identical.
 */
class PayloadSigningIT {
    @TempDir
    Path dir;

    @S3ServerTest
    void upload_overLoopbackHttp_sendsPartsUnsignedWithTheirChecksums(S3Server server) throws Exception {
        SentRequests sent = new SentRequests();
        Path file = TestFiles.random(dir.resolve("data.bin"), 11 * S3Limits.MIB + 7, 3);
        try (Aws aws = server.sessionBuilder().addInterceptor(sent).build();
                TestBucket bucket = new TestBucket(aws.client(S3Recipes.S3))) {
            S3Client s3 = aws.client(S3Recipes.S3);

            UploadResult result = S3Transfers.using(aws)
                    .upload(u ->
                            u.bucket(bucket.name()).key("data.bin").file(file).partSize(5 * S3Limits.MIB));

            List<SdkHttpRequest> parts = sent.requests.stream()
                    .filter(r -> r.method().name().equals("PUT")
                            && r.rawQueryParameters().containsKey("partNumber"))
                    .toList();
            assertThat(parts).hasSize(result.parts()).hasSize(3);
            assertThat(parts).allSatisfy(part -> {
                assertThat(part.protocol()).isEqualTo("http");
                assertThat(part.firstMatchingHeader("x-amz-content-sha256")).contains("UNSIGNED-PAYLOAD");
                assertThat(part.firstMatchingHeader("x-amz-checksum-crc32c")).isPresent();
                assertThat(part.firstMatchingHeader("Authorization")).hasValueSatisfying(auth -> assertThat(auth)
                        .startsWith("AWS4-HMAC-SHA256 ")
                        .contains("x-amz-checksum-crc32c")
                        .contains("x-amz-content-sha256"));
            });
            assertThat(StoredObjects.sha256(s3, bucket.name(), "data.bin")).isEqualTo(TestFiles.sha256(file));
        }
    }

    /** The requests as they go on the wire: after signing. */
    private static final class SentRequests implements ExecutionInterceptor {
        final List<SdkHttpRequest> requests = new CopyOnWriteArrayList<>();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            requests.add(context.httpRequest());
        }
    }
}
