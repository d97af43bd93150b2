package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Object;

class UploadTreeCommandIT {
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path dir;

    @S3ServerTest
    void uploadTree_removeSource_json_storesTheTreeUnderThePrefixAndEmptiesTheDirectory(S3Server server)
            throws Exception {
        Path root = Files.createDirectories(dir.resolve("photos/2026"));
        Files.writeString(dir.resolve("photos/readme.txt"), "hello");
        TestFiles.random(root.resolve("a.raw"), 11 * MIB, 41);
        Path tree = dir.resolve("photos");
        try (UploadCli cli = new UploadCli(server)) {
            CliResult result = cli.run(
                    "upload-tree",
                    "--bucket",
                    cli.bucket,
                    "--prefix",
                    "backup/",
                    tree.toString(),
                    "--remove-source",
                    "--part-size",
                    "5MiB",
                    "--json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode json = result.json();
            assertThat(json.properties())
                    .extracting(Map.Entry::getKey)
                    .containsExactly("bucket", "prefix", "files", "bytes", "removed", "failed", "skipped");
            assertThat(json.get("files").asInt()).isEqualTo(2);
            assertThat(json.get("removed").asInt()).isEqualTo(2);
            assertThat(json.get("failed")).isEmpty();
            assertThat(cli.s3.listObjectsV2(r -> r.bucket(cli.bucket)).contents())
                    .extracting(S3Object::key, S3Object::size)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("backup/readme.txt", 5L),
                            org.assertj.core.groups.Tuple.tuple("backup/2026/a.raw", 11 * MIB));
            assertThat(tree.resolve("readme.txt")).doesNotExist();
            assertThat(root.resolve("a.raw")).doesNotExist();
        }
    }

    @S3ServerTest
    void uploadTree_linkedDirectory_prefixAsAFolder_namesWhatItSkipped(S3Server server) throws Exception {
        Path release = Files.createDirectories(dir.resolve("releases/7"));
        Files.writeString(release.resolve("a.txt"), "a");
        Files.createSymbolicLink(release.resolve("latest.txt"), release.resolve("a.txt"));
        Path current = Files.createSymbolicLink(dir.resolve("current"), release);
        try (UploadCli cli = new UploadCli(server)) {
            CliResult result =
                    cli.run("upload-tree", "--bucket", cli.bucket, "--prefix", "backups", current.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(cli.s3.listObjectsV2(r -> r.bucket(cli.bucket)).contents())
                    .extracting(S3Object::key)
                    .containsExactly("backups/a.txt");
            assertThat(result.out())
                    .contains("skipped " + current.resolve("latest.txt") + ": symbolic link (not followed)")
                    .contains("1 files, 1 bytes to s3://" + cli.bucket + "/backups/; 0 removed, 0 failed, 1 skipped");
            assertThat(result.err())
                    .as("progress lines on a stderr that is no terminal")
                    .contains("upload-tree: ")
                    .contains("1/1 files")
                    .doesNotContain("\r");
        }
    }

    @S3ServerTest
    void uploadTree_missingDirectory_exitsWithOneLineAndUploadsNothing(S3Server server) {
        try (UploadCli cli = new UploadCli(server)) {
            CliResult result = cli.run(
                    "upload-tree", "--bucket", cli.bucket, dir.resolve("none").toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.errLines()).singleElement().asString().contains("does not exist");
            assertThat(cli.objects()).isZero();
        }
    }
}
