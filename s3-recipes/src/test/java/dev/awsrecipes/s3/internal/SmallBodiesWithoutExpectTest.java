package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Aws;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What a session's S3 client sends: small PutObject bodies go without {@code Expect: 100-continue},
 * large ones (parts) keep it. Through an {@code Aws} session over an HTTP client that records each
 * request's headers and answers 200.
 */
class SmallBodiesWithoutExpectTest {
    private final List<SdkHttpRequest> sent = new CopyOnWriteArrayList<>();

    @Test
    void putObject_smallBody_isSentWithoutExpect() {
        put(4096);

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).firstMatchingHeader("Expect")).isEmpty();
    }

    @Test
    void putObject_bodyOfTheThreshold_keepsExpect() {
        put(SmallBodiesWithoutExpect.THRESHOLD);

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).firstMatchingHeader("Expect")).isEqualTo(Optional.of("100-continue"));
    }

    @Test
    void uploadPart_ofFiveMiB_keepsExpect() {
        try (Aws aws = session()) {
            S3Client s3 = S3Services.client(aws);
            s3.uploadPart(
                    r -> r.bucket("b").key("k").uploadId("u").partNumber(1),
                    RequestBody.fromBytes(new byte[5 * 1024 * 1024]));
        }

        assertThat(sent.get(0).firstMatchingHeader("Expect")).isEqualTo(Optional.of("100-continue"));
    }

    private void put(long size) {
        try (Aws aws = session()) {
            S3Services.client(aws).putObject(r -> r.bucket("b").key("k"), RequestBody.fromBytes(new byte[(int) size]));
        }
    }

    private Aws session() {
        return Aws.builder()
                .region("us-east-1")
                .credentials("id", "secret")
                .endpoint("http://127.0.0.1:1")
                .httpClient(new Answering200())
                .build();
    }

    /** Keeps each request and answers 200 with no body, as S3 answers PutObject and UploadPart. */
    private final class Answering200 implements SdkHttpClient {
        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            sent.add(request.httpRequest());
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpFullResponse.builder()
                                    .statusCode(200)
                                    .putHeader("ETag", "\"e\"")
                                    .build())
                            .responseBody(AbortableInputStream.createEmpty())
                            .build();
                }

                @Override
                public void abort() {}
            };
        }

        @Override
        public String clientName() {
            return "answering-200";
        }

        @Override
        public void close() {}
    }
}
