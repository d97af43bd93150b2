package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class TransferRetryPolicyTest {

    private static S3Exception s3Error(int status, String code) {
        return (S3Exception) S3Exception.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build())
                .build();
    }

    @Test
    void isTransient_serverErrorsThrottlingAndConnectionTrouble_areRetried() {
        assertThat(TransferRetryPolicy.isTransient(s3Error(503, "SlowDown"))).isTrue();
        assertThat(TransferRetryPolicy.isTransient(s3Error(500, "InternalError")))
                .isTrue();
        assertThat(TransferRetryPolicy.isTransient(s3Error(400, "RequestTimeout")))
                .isTrue();
        assertThat(TransferRetryPolicy.isTransient(SdkClientException.create("connection reset")))
                .isTrue();
    }

    @Test
    void isTransient_clientMistakes_failAtOnce() {
        assertThat(TransferRetryPolicy.isTransient(s3Error(404, "NoSuchUpload")))
                .isFalse();
        assertThat(TransferRetryPolicy.isTransient(s3Error(403, "AccessDenied")))
                .isFalse();
        assertThat(TransferRetryPolicy.isTransient(s3Error(400, "InvalidPart"))).isFalse();
    }

    @Test
    void backoff_growsAndIsCapped() {
        for (int attempt = 1; attempt < 40; attempt++) {
            Duration wait = TransferRetryPolicy.backoff(attempt);
            assertThat(wait).isBetween(Duration.ofMillis(50), Duration.ofSeconds(10));
        }
        assertThat(TransferRetryPolicy.backoff(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
    }
}
