package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketWebsiteResponse;

/**
 * S11. Served pages are fetched through LocalStack's website endpoint; versitygw does not host websites
 * (it has no website configuration calls at all), so the publishing test runs on LocalStack only.
 */
class WebsiteIT {

    @S3ServerTest(value = S3ServerKind.LOCALSTACK, because = "versitygw 1.8 does not implement website hosting")
    void publishWebsite_directory_isServedPubliclyWithContentTypesAndDocuments(
            LocalStack localStack, Aws aws, @TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<h1>welcome</h1>");
        Files.writeString(site.resolve("error.html"), "<h1>lost?</h1>");
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/site.css"), "h1 { color: teal }");
        Files.writeString(site.resolve("app.js"), "console.log(1)");
        Files.write(site.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.named(s3, "s3a-s11")) {

            Website website = S3Recipes.using(aws)
                    .publishWebsite(w -> w.bucket(bucket.name()).directory(site).errorDocument("error.html"));

            assertThat(website.files()).isEqualTo(5);
            assertThat(website.endpoint())
                    .as("AWS's website endpoint for the region")
                    .isEqualTo(URI.create("http://" + bucket.name() + ".s3-website-us-east-1.amazonaws.com"));
            // LocalStack serves the site under a host name of its own.
            URI localStackWebsite = URI.create("http://" + bucket.name() + ".s3-website.localhost.localstack.cloud:"
                    + localStack.endpoint().getPort());
            GetBucketWebsiteResponse config = s3.getBucketWebsite(g -> g.bucket(bucket.name()));
            assertThat(config.indexDocument().suffix()).isEqualTo("index.html");
            assertThat(config.errorDocument().key()).isEqualTo("error.html");
            assertThat(contentType(s3, bucket.name(), "index.html")).startsWith("text/html");
            assertThat(contentType(s3, bucket.name(), "css/site.css")).startsWith("text/css");
            assertThat(contentType(s3, bucket.name(), "app.js")).startsWith("text/javascript");
            assertThat(contentType(s3, bucket.name(), "logo.png")).isEqualTo("image/png");
            JsonNode statement = new ObjectMapper()
                    .readTree(s3.getBucketPolicy(g -> g.bucket(bucket.name())).policy())
                    .path("Statement")
                    .get(0);
            assertThat(statement.path("Principal").asText()).isEqualTo("*");
            assertThat(statement.path("Action").asText()).isEqualTo("s3:GetObject");
            assertThat(statement.path("Resource").asText()).isEqualTo("arn:aws:s3:::" + bucket.name() + "/*");

            String home = fetch(localStack.endpoint(), localStackWebsite, "/");
            assertThat(home).matches("(?s)HTTP/1\\.[01] 200 .*").endsWith("<h1>welcome</h1>");
            String missing = fetch(localStack.endpoint(), localStackWebsite, "/nowhere.html");
            assertThat(missing).matches("(?s)HTTP/1\\.[01] 404 .*").endsWith("<h1>lost?</h1>");
        }
    }

    @S3ServerTest
    void publishWebsite_missingDirectory_isRejectedBeforeAnyCall(Aws aws, @TempDir Path dir) {
        assertThatThrownBy(() -> S3Recipes.using(aws).publishWebsite("some-site", dir.resolve("public")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("directory " + dir.resolve("public") + " does not exist");
    }

    private static String contentType(S3Client s3, String bucket, String key) {
        return s3.headObject(h -> h.bucket(bucket).key(key)).contentType();
    }

    /**
     * A plain HTTP/1.0 GET (so the answer is not chunked) to LocalStack with the website's host name in the Host header: the name does
     * not resolve here, and java.net.http does not let a caller set Host.
     */
    private static String fetch(URI server, URI website, String path) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + website.getAuthority() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
