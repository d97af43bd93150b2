package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.LocalStack;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * The object and bucket subcommands (S1-S3, S5-S8, S10, S11, S13) end to end: each one's JSON, and its
 * effect read back with the SDK.
 */
class S3ObjectCommandsIT {

    @S3ServerTest
    void objectCommands_putCopyRelabelReclassAndRead(S3Server server, Aws aws, @TempDir Path dir) throws Exception {
        S3Cli cli = new S3Cli(server);
        S3Client s3 = aws.client(S3Recipes.S3);
        String bucket = LocalStack.uniqueName("s3a-cli-obj");
        try {
            CliResult created = cli.run("create-bucket", "--bucket", bucket, "--json");
            assertThat(created.exitCode()).as(created.err()).isZero();
            assertThat(created.json().get("created").asBoolean()).isTrue();
            assertThat(cli.run("create-bucket", "--bucket", bucket, "--json")
                            .json()
                            .get("created")
                            .asBoolean())
                    .isFalse();

            Path file = Files.writeString(dir.resolve("q3.csv"), "region,revenue\n");
            CliResult put = cli.run(
                    "put-object",
                    "--bucket",
                    bucket,
                    "--key",
                    "q3.csv",
                    "--file",
                    file.toString(),
                    "--metadata",
                    "owner=finance",
                    "--json");
            assertThat(put.exitCode()).as(put.err()).isZero();
            assertThat(put.fieldNames()).containsExactly("bucket", "key", "etag", "versionId", "bytes");
            HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key("q3.csv"));
            assertThat(head.metadata()).isEqualTo(Map.of("owner", "finance"));
            assertThat(head.contentType()).startsWith("text/csv");

            CliResult text = cli.run("get-object", "--bucket", bucket, "--key", "q3.csv");
            assertThat(text.out()).isEqualTo("region,revenue\n");
            Path saved = dir.resolve("saved.csv");
            assertThat(cli.run("get-object", "--bucket", bucket, "--key", "q3.csv", "--output", saved.toString())
                            .exitCode())
                    .isZero();
            assertThat(saved).hasContent("region,revenue\n");

            CliResult copy = cli.run(
                    "copy-object",
                    "--source-bucket",
                    bucket,
                    "--source-key",
                    "q3.csv",
                    "--key",
                    "archive/q3.csv",
                    "--move",
                    "--json");
            assertThat(copy.exitCode()).as(copy.err()).isZero();
            assertThat(copy.json().get("moved").asBoolean()).isTrue();
            assertThat(s3.listObjectsV2(l -> l.bucket(bucket)).contents())
                    .extracting(o -> o.key())
                    .containsExactly("archive/q3.csv");

            CliResult relabel = cli.run(
                    "set-metadata",
                    "--bucket",
                    bucket,
                    "--key",
                    "archive/q3.csv",
                    "--metadata",
                    "stage=archived",
                    "--json");
            assertThat(relabel.exitCode()).as(relabel.err()).isZero();
            assertThat(s3.headObject(h -> h.bucket(bucket).key("archive/q3.csv"))
                            .metadata())
                    .isEqualTo(Map.of("stage", "archived"));

            JsonNode info = cli.run("object-info", "--bucket", bucket, "--key", "archive/q3.csv", "--json")
                    .json();
            assertThat(info.at("/metadata/stage").asText()).isEqualTo("archived");
        } finally {
            deleteQuietly(cli, bucket);
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "versitygw's posix backend stores every object as STANDARD, whatever class is asked for")
    void storageClassCommands_putWithAClassAndChangeItInPlace(S3Server server, Aws aws, @TempDir Path dir)
            throws Exception {
        S3Cli cli = new S3Cli(server);
        S3Client s3 = aws.client(S3Recipes.S3);
        String bucket = LocalStack.uniqueName("s3a-cli-s8");
        try {
            cli.run("create-bucket", "--bucket", bucket);
            Path file = Files.writeString(dir.resolve("q3.csv"), "region,revenue\n");
            CliResult put = cli.run(
                    "put-object",
                    "--bucket",
                    bucket,
                    "--key",
                    "q3.csv",
                    "--file",
                    file.toString(),
                    "--storage-class",
                    "STANDARD_IA",
                    "--json");
            assertThat(put.exitCode()).as(put.err()).isZero();
            assertThat(s3.headObject(h -> h.bucket(bucket).key("q3.csv")).storageClass())
                    .isEqualTo(StorageClass.STANDARD_IA);

            CliResult reclass =
                    cli.run("storage-class", "--bucket", bucket, "--key", "q3.csv", "--class", "GLACIER_IR", "--json");
            assertThat(reclass.exitCode()).as(reclass.err()).isZero();
            assertThat(s3.headObject(h -> h.bucket(bucket).key("q3.csv")).storageClass())
                    .isEqualTo(StorageClass.GLACIER_IR);
            JsonNode info = cli.run("object-info", "--bucket", bucket, "--key", "q3.csv", "--json")
                    .json();
            assertThat(info.get("storageClass").asText()).isEqualTo("GLACIER_IR");

            CliResult obsolete =
                    cli.run("storage-class", "--bucket", bucket, "--key", "q3.csv", "--class", "REDUCED_REDUNDANCY");
            assertThat(obsolete.exitCode()).isEqualTo(2);
            assertThat(obsolete.errLines()).singleElement().asString().contains("REDUCED_REDUNDANCY is obsolete");
        } finally {
            deleteQuietly(cli, bucket);
        }
    }

    @S3ServerTest
    void bucketCommands_versioningListVersionsAndDelete(S3Server server, Aws aws) {
        S3Cli cli = new S3Cli(server);
        S3Client s3 = aws.client(S3Recipes.S3);
        String bucket = LocalStack.uniqueName("s3a-cli-bkt");
        try {
            cli.run("create-bucket", "--bucket", bucket);

            CliResult versioning = cli.run("versioning", "--bucket", bucket, "--enable", "--json");
            assertThat(versioning.exitCode()).as(versioning.err()).isZero();
            assertThat(versioning.json().get("status").asText()).isEqualTo("ENABLED");
            assertThat(s3.getBucketVersioning(g -> g.bucket(bucket)).status())
                    .isEqualTo(BucketVersioningStatus.ENABLED);
            cli.run("put-object", "--bucket", bucket, "--key", "a", "--text", "1");
            cli.run("put-object", "--bucket", bucket, "--key", "a", "--text", "22");
            JsonNode versions =
                    cli.run("list-versions", "--bucket", bucket, "--json").json();
            assertThat(versions.get("versions")).hasSize(2);

            CliResult deleted = cli.run("delete-bucket", "--bucket", bucket, "--json");
            assertThat(deleted.exitCode()).as(deleted.err()).isZero();
            assertThat(deleted.json().get("versions").asLong())
                    .as("the two versions of a")
                    .isEqualTo(2);
            assertThat(deleted.err()).as("progress on stderr").contains("delete-bucket: 2 versions deleted");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s3.headBucket(h -> h.bucket(bucket)))
                    .isInstanceOf(NoSuchBucketException.class);

            CliResult again = cli.run("delete-bucket", "--bucket", bucket);
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.errLines())
                    .singleElement()
                    .asString()
                    .isEqualTo("delete-bucket: bucket " + bucket + " does not exist (NoSuchBucket)");
        } finally {
            deleteQuietly(cli, bucket);
        }
    }

    @S3ServerTest(
            value = S3ServerKind.LOCALSTACK,
            because = "versitygw 1.8 implements neither bucket logging nor public access blocks (website needs them)")
    void bucketCommands_accessLoggingAndWebsite(S3Server server, Aws aws, @TempDir Path dir) throws Exception {
        S3Cli cli = new S3Cli(server);
        S3Client s3 = aws.client(S3Recipes.S3);
        String bucket = LocalStack.uniqueName("s3a-cli-site");
        String logs = LocalStack.uniqueName("s3a-cli-logs");
        try {
            cli.run("create-bucket", "--bucket", bucket);
            cli.run("create-bucket", "--bucket", logs);

            CliResult logging =
                    cli.run("access-logging", "--bucket", bucket, "--enable", "--target-bucket", logs, "--json");
            assertThat(logging.exitCode()).as(logging.err()).isZero();
            assertThat(logging.json().get("targetPrefix").asText()).isEqualTo("logs/" + bucket + "/");
            assertThat(s3.getBucketLogging(g -> g.bucket(bucket))
                            .loggingEnabled()
                            .targetBucket())
                    .isEqualTo(logs);
            assertThat(cli.run("access-logging", "--bucket", bucket, "--disable")
                            .out())
                    .contains("is off");
            assertThat(s3.getBucketLogging(g -> g.bucket(bucket)).loggingEnabled())
                    .isNull();

            Path site = Files.createDirectory(dir.resolve("site"));
            Files.writeString(site.resolve("index.html"), "<p>hi</p>");
            // A link given on the command line is followed (it used to "hold no files").
            Path current = Files.createSymbolicLink(dir.resolve("current"), site);
            CliResult website = cli.run("website", "--bucket", bucket, "--dir", current.toString(), "--json");
            assertThat(website.exitCode()).as(website.err()).isZero();
            assertThat(website.json().get("files").asInt()).isEqualTo(1);
            assertThat(website.fieldNames()).containsExactly("bucket", "endpoint", "files", "bytes");
            assertThat(website.json().get("endpoint").asText())
                    .isEqualTo("http://" + bucket + ".s3-website-us-east-1.amazonaws.com");
            assertThat(s3.getBucketWebsite(g -> g.bucket(bucket))
                            .indexDocument()
                            .suffix())
                    .isEqualTo("index.html");
        } finally {
            deleteQuietly(cli, bucket);
            deleteQuietly(cli, logs);
        }
    }

    @S3ServerTest
    void badInput_exitsTwoWithOneLineNamingTheProblem(S3Server server, @TempDir Path dir) {
        S3Cli cli = new S3Cli(server);

        CliResult missingFile = cli.run(
                "put-object",
                "--bucket",
                "some-bucket",
                "--key",
                "k",
                "--file",
                dir.resolve("nope.txt").toString());
        CliResult bothSources =
                cli.run("put-object", "--bucket", "some-bucket", "--key", "k", "--file", "x", "--text", "y");
        CliResult noDir = cli.run(
                "website",
                "--bucket",
                "some-bucket",
                "--dir",
                dir.resolve("site").toString());
        CliResult badMfa = cli.run("versioning", "--bucket", "some-bucket", "--mfa-delete", "on");

        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.errLines()).singleElement().asString().contains("nope.txt does not exist");
        assertThat(bothSources.exitCode()).isEqualTo(2);
        assertThat(bothSources.errLines()).singleElement().asString().contains("mutually exclusive");
        assertThat(noDir.exitCode()).isEqualTo(2);
        assertThat(noDir.errLines())
                .singleElement()
                .asString()
                .contains("--dir")
                .contains("does not exist");
        assertThat(badMfa.exitCode()).isEqualTo(2);
        assertThat(badMfa.errLines()).singleElement().asString().contains("--mfa-serial");
    }

    private static void deleteQuietly(S3Cli cli, String bucket) {
        // Cleanup with the recipe under test; exit 1 just means the test already deleted it.
        cli.run("delete-bucket", "--bucket", bucket);
    }
}
