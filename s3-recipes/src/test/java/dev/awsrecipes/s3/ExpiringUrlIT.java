package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** S9 against LocalStack, with signature validation on, so expiry is enforced. */
class ExpiringUrlIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @S3ServerTest
    void expiringUrl_get_downloadsUntilItExpiresThenIsRefused(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s9")) {
            s3.putObject(p -> p.bucket(bucket.name()).key("report.txt"), RequestBody.fromString("quarterly numbers"));

            Instant before = Instant.now();
            ExpiringUrl url = S3Recipes.using(aws).expiringUrl(bucket.name(), "report.txt", Duration.ofSeconds(5));
            Instant after = Instant.now();

            assertThat(url.method()).isEqualTo("GET");
            // Bounded by the clock on both sides of the call (a signature's time has whole seconds), so a
            // slow machine cannot make this fail.
            assertThat(url.expiresAt()).isBetween(before.plusSeconds(4), after.plusSeconds(6));
            HttpResponse<String> fresh = get(url);
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(fresh.body()).isEqualTo("quarterly numbers");

            // Waiting is the behaviour under test here: the same URL after its expiry.
            Thread.sleep(
                    Math.max(0, Duration.between(Instant.now(), url.expiresAt()).toMillis()) + 1500);
            HttpResponse<String> expired = get(url);
            assertThat(expired.statusCode()).isEqualTo(403);
            assertThat(expired.body()).contains("expired");
        }
    }

    @S3ServerTest
    void expiringUrl_put_uploadsAnObjectThatGetObjectReads(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "s3a-s9-put")) {
            ExpiringUrl url = S3Recipes.using(aws)
                    .expiringUrl(bucket.name(), "inbox/upload.txt", Duration.ofMinutes(5), UrlMethod.PUT);

            HttpResponse<String> put = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url.url().toString()))
                            .PUT(HttpRequest.BodyPublishers.ofString("sent without credentials"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(put.statusCode()).isEqualTo(200);
            assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket.name()).key("inbox/upload.txt"))
                            .asUtf8String())
                    .isEqualTo("sent without credentials");
        }
    }

    @S3ServerTest
    void expiringUrl_longerThanSevenDays_isRejected(Aws aws) {
        assertThatThrownBy(() -> S3Recipes.using(aws).expiringUrl("some-bucket", "k", Duration.ofDays(8)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("expires is PT192H")
                .hasMessageContaining("at most 7 days");
    }

    @S3ServerTest
    void expiringUrl_upperCaseBucket_isRejected(Aws aws) {
        assertThatThrownBy(() -> S3Recipes.using(aws).expiringUrl("Reports", "k", Duration.ofHours(1)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("bucket \"Reports\" is not a valid bucket name: it must not contain upper-case");
    }

    @S3ServerTest
    void expiringUrl_blankKey_isRejected(Aws aws) {
        assertThatThrownBy(() -> S3Recipes.using(aws).expiringUrl("reports", " ", Duration.ofHours(1)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("key is required and must not be blank");
    }

    @S3ServerTest
    void expiringUrl_zeroDuration_isRejected(Aws aws) {
        assertThatThrownBy(() -> S3Recipes.using(aws).expiringUrl("reports", "k", Duration.ZERO))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("expires is PT0S; it must be positive");
    }

    @S3ServerTest
    void expiringUrl_fractionOfASecond_isRejectedBeforeSigning(Aws aws) {
        assertThatThrownBy(() -> S3Recipes.using(aws).expiringUrl("reports", "k", Duration.ofMillis(500)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("expires is PT0.5S; a presigned URL lives a whole number of seconds (write 1s)");
        assertThatThrownBy(() -> S3Recipes.using(aws).expiringUrl("reports", "k", Duration.ofMillis(1500)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("expires is PT1.5S")
                .hasMessageContaining("write 1s or 2s");
    }

    @S3ServerTest
    void expiringUrl_keyWithDotSegments_warnsThatBrowsersRewriteIt(Aws aws) {
        S3Recipes s3 = S3Recipes.using(aws);
        ExpiringUrl dotted = s3.expiringUrl("reports", "a/../b.txt", Duration.ofMinutes(1));
        ExpiringUrl dot = s3.expiringUrl("reports", "./b.txt", Duration.ofMinutes(1));
        ExpiringUrl plain = s3.expiringUrl("reports", "a/..b/c.txt", Duration.ofMinutes(1));

        assertThat(dotted.warnings()).singleElement().asString().contains("\"a/../b.txt\"", "curl");
        assertThat(dot.warnings()).hasSize(1);
        assertThat(plain.warnings()).as("..b is no dot segment").isEmpty();
    }

    private static HttpResponse<String> get(ExpiringUrl url) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url.url().toString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
