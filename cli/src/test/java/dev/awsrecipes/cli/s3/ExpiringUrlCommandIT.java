package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code aws-recipes expiring-url} (S9) end to end on every S3 server. */
class ExpiringUrlCommandIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @S3ServerTest
    void expiringUrl_json_printsUrlAndExpiryThatDownloadTheObject(S3Server server, Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        String bucket = LocalStack.uniqueName("s3a-cli-s9");
        s3.createBucket(b -> b.bucket(bucket));
        try {
            s3.putObject(p -> p.bucket(bucket).key("a.txt"), RequestBody.fromString("shared"));

            Instant before = Instant.now();
            CliResult result = new S3Cli(server)
                    .run("expiring-url", "--bucket", bucket, "--key", "a.txt", "--expires", "5m", "--json");
            Instant after = Instant.now();

            assertThat(result.exitCode()).isZero();
            assertThat(result.fieldNames()).containsExactly("url", "expiresAt");
            JsonNode json = result.json();
            assertThat(Instant.parse(json.get("expiresAt").asText()))
                    .isBetween(
                            before.plus(Duration.ofMinutes(5)).minusSeconds(1),
                            after.plus(Duration.ofMinutes(5)).plusSeconds(1));
            HttpResponse<String> download = HTTP.send(
                    HttpRequest.newBuilder(URI.create(json.get("url").asText())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo("shared");
        } finally {
            s3.deleteObject(d -> d.bucket(bucket).key("a.txt"));
            s3.deleteBucket(d -> d.bucket(bucket));
        }
    }

    @S3ServerTest
    void expiringUrl_putMethod_printsAUrlThatUploads(S3Server server, Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        String bucket = LocalStack.uniqueName("s3a-cli-s9-put");
        s3.createBucket(b -> b.bucket(bucket));
        try {
            CliResult result = new S3Cli(server)
                    .run("expiring-url", "--bucket", bucket, "--key", "in.txt", "--expires", "PT1M", "--method", "PUT");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out().lines()).hasSize(1);
            HttpResponse<String> upload = HTTP.send(
                    HttpRequest.newBuilder(URI.create(result.out().strip()))
                            .PUT(HttpRequest.BodyPublishers.ofString("dropped"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).isEqualTo(200);
            assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket).key("in.txt")).asUtf8String())
                    .isEqualTo("dropped");
        } finally {
            s3.deleteObject(d -> d.bucket(bucket).key("in.txt"));
            s3.deleteBucket(d -> d.bucket(bucket));
        }
    }

    @S3ServerTest
    void expiringUrl_eightDays_exitsTwoWithOneLine(S3Server server) {
        CliResult result =
                new S3Cli(server).run("expiring-url", "--bucket", "some-bucket", "--key", "k", "--expires", "8d");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .startsWith("expiring-url: ")
                .contains("expires is PT192H")
                .contains("at most 7 days");
    }

    @S3ServerTest
    void expiringUrl_badBucketName_exitsTwoWithOneLine(S3Server server) {
        CliResult result =
                new S3Cli(server).run("expiring-url", "--bucket", "Team_Reports", "--key", "k", "--expires", "1h");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .contains("bucket \"Team_Reports\" is not a valid bucket name");
    }

    @S3ServerTest
    void expiringUrl_unreadableDuration_exitsTwoWithOneLine(S3Server server) {
        CliResult result =
                new S3Cli(server).run("expiring-url", "--bucket", "some-bucket", "--key", "k", "--expires", "soon");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("\"soon\" is not a duration");
    }

    @S3ServerTest
    void expiringUrl_missingKey_exitsTwoWithOneLine(S3Server server) {
        CliResult result = new S3Cli(server).run("expiring-url", "--bucket", "some-bucket", "--expires", "1h");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("--key");
    }
}
