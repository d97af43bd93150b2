package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} as an operator uses it, on every S3 server, checked with the AWS CLI: a tree up, a second run
 * moving nothing, edits and removals moved exactly, the prefix down byte for byte, prefix to prefix, dry runs,
 * the empty-source refusal and content comparison by checksum.
 */
class SyncCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A tree of {@code count} small files in nested folders, some named with spaces and non-ASCII letters. */
    private Path tree(String name, int count) throws IOException {
        Path root = dir.resolve(name);
        String[] folders = {"", "docs/", "docs/2026/", "été/", "日本語/深い/", "with space/+plus/"};
        for (int i = 0; i < count; i++) {
            String file = folders[i % folders.length] + (i % 7 == 0 ? "ünï " + i + ".txt" : "f" + i + ".bin");
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            TestFiles.random(path, 100 + (i * 37L) % 3000, i);
        }
        return root;
    }

    private static List<JsonNode> lines(CliResult result) {
        return result.out()
                .lines()
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException("not JSON: " + line, e);
                    }
                })
                .toList();
    }

    /** The summary, the last line of {@code --json}. */
    private static JsonNode summary(CliResult result) {
        List<JsonNode> lines = lines(result);
        return lines.get(lines.size() - 1);
    }

    private static long count(CliResult result, String action) {
        return lines(result).stream()
                .filter(l -> action.equals(l.path("action").asText()))
                .count();
    }

    private static void assertSummary(CliResult result, long transferred, long unchanged, long deleted) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode s = summary(result);
        assertThat(s.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("transferred", "unchanged", "deleted", "bytes", "failed");
        assertThat(List.of(
                        s.get("transferred").asLong(),
                        s.get("unchanged").asLong(),
                        s.get("deleted").asLong()))
                .as(
                        "transferred, unchanged, deleted: %s",
                        result.out().lines().reduce((a, b) -> b).orElse(""))
                .containsExactly(transferred, unchanged, deleted);
        assertThat(s.get("failed").asLong()).isZero();
    }

    /** Each file's SHA-256 by its name relative to the root, with / between the parts. */
    private static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<String> parts = new ArrayList<>();
                root.relativize(file).forEach(p -> parts.add(p.toString()));
                digests.put(String.join("/", parts), TestFiles.sha256(file));
            }
        }
        return digests;
    }

    @S3ServerTest
    void aTreeUp_again_afterEditsAndRemovals_thenDownByteForByte(S3Server server) throws Exception {
        int files = 300;
        Path source = tree("photos", files);
        try (UploadCli cli = new UploadCli(server)) {
            String backup = "s3://" + cli.bucket + "/backup/";

            CliResult up = cli.run("sync", source.toString(), backup, "--json");
            assertSummary(up, files, 0, 0);
            assertThat(count(up, "upload")).isEqualTo(files);
            Map<String, Long> listed = AwsCliCheck.lsRecursive(server, backup);
            assertThat(listed)
                    .hasSize(files)
                    .containsKey("backup/日本語/深い/f4.bin")
                    .containsKey("backup/été/ünï 21.txt");

            assertSummary(cli.run("sync", source.toString(), backup, "--json"), 0, files, 0);

            List<Path> all;
            try (Stream<Path> walk = Files.walk(source)) {
                all = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path edited : all.subList(10, 13)) {
                Files.writeString(edited, "edited", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            }
            Files.delete(all.get(20));
            Files.delete(all.get(21));
            CliResult changed = cli.run("sync", source.toString(), backup, "--delete", "--json");
            assertSummary(changed, 3, files - 5, 2);
            assertThat(count(changed, "upload")).isEqualTo(3);
            assertThat(count(changed, "delete")).isEqualTo(2);
            assertThat(AwsCliCheck.lsRecursive(server, backup)).hasSize(files - 2);

            Path restore = dir.resolve("restore");
            CliResult down = cli.run("sync", backup, restore.toString(), "--json");
            assertSummary(down, files - 2, 0, 0);
            assertThat(digests(restore)).isEqualTo(digests(source));
            assertSummary(cli.run("sync", backup, restore.toString(), "--json"), 0, files - 2, 0);
            assertSummary(
                    cli.run("sync", restore.toString(), backup, "--json"),
                    0,
                    files - 2,
                    0); // the downloads took the objects' times, so nothing looks newer
        }
    }

    @S3ServerTest
    void prefixToPrefix_dryRunChangesNothing_thenCopies(S3Server server) throws Exception {
        Path source = tree("src", 12);
        try (UploadCli cli = new UploadCli(server)) {
            String from = "s3://" + cli.bucket + "/a/";
            String to = "s3://" + cli.bucket + "/b";
            assertSummary(cli.run("sync", source.toString(), from, "--json"), 12, 0, 0);

            CliResult dry = cli.run("sync", from, to, "--dry-run");
            assertThat(dry.exitCode()).as(dry.err()).isZero();
            assertThat(dry.out().lines().filter(l -> l.startsWith("(dryrun) copy: s3://" + cli.bucket + "/a/")))
                    .hasSize(12);
            assertThat(dry.out()).contains("(dryrun) 12 transferred, 0 unchanged, 0 deleted");
            assertThat(AwsCliCheck.lsRecursive(server, to + "/")).isEmpty();

            CliResult copied = cli.run("sync", from, to, "--json");
            assertSummary(copied, 12, 0, 0);
            assertThat(count(copied, "copy")).isEqualTo(12);
            Map<String, Long> a = AwsCliCheck.lsRecursive(server, from);
            Map<String, Long> b = AwsCliCheck.lsRecursive(server, to + "/");
            assertThat(b.values()).containsExactlyElementsOf(a.values());
            assertSummary(cli.run("sync", from, to, "--json"), 0, 12, 0);
        }
    }

    @S3ServerTest
    void deleteWithAnEmptySource_refusesAndChangesNothing_dryRunDeletesNothing(S3Server server) throws Exception {
        Path source = tree("kept", 5);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        try (UploadCli cli = new UploadCli(server)) {
            String backup = "s3://" + cli.bucket + "/kept/";
            assertSummary(cli.run("sync", source.toString(), backup, "--json"), 5, 0, 0);

            CliResult refused = cli.run("sync", empty.toString(), backup, "--delete");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("sync: refusing to delete 5 entries of " + backup)
                    .contains("--allow-empty-source");
            assertThat(AwsCliCheck.lsRecursive(server, backup)).hasSize(5);

            CliResult dry = cli.run("sync", empty.toString(), backup, "--delete", "--allow-empty-source", "--dry-run");
            assertThat(dry.exitCode()).as(dry.err()).isZero();
            assertThat(dry.out().lines().filter(l -> l.startsWith("(dryrun) delete: " + backup)))
                    .hasSize(5);
            assertThat(AwsCliCheck.lsRecursive(server, backup)).hasSize(5);

            assertSummary(
                    cli.run("sync", empty.toString(), backup, "--delete", "--allow-empty-source", "--json"), 0, 0, 5);
            assertThat(AwsCliCheck.lsRecursive(server, backup)).isEmpty();
        }
    }

    @S3ServerTest
    void checksum_transfersSameSizeDifferentContent_thatTimesAloneMiss(S3Server server) throws Exception {
        Path source = tree("same-size", 6);
        try (UploadCli cli = new UploadCli(server)) {
            String backup = "s3://" + cli.bucket + "/c/";
            assertSummary(cli.run("sync", source.toString(), backup, "--json"), 6, 0, 0);
            Path changed = source.resolve("docs/f1.bin");
            byte[] bytes = Files.readAllBytes(changed);
            bytes[0] ^= 1;
            java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(changed);
            Files.write(changed, bytes);
            Files.setLastModifiedTime(changed, before); // same size, same time: only the content says

            assertSummary(cli.run("sync", source.toString(), backup, "--json"), 0, 6, 0);
            CliResult byContent = cli.run("sync", source.toString(), backup, "--checksum", "--json");
            assertSummary(byContent, 1, 5, 0);
            assertThat(lines(byContent).get(0).get("source").asText()).isEqualTo(changed.toString());
            assertThat(cli.objectSha256("c/docs/f1.bin")).isEqualTo(TestFiles.sha256(changed));
            assertSummary(cli.run("sync", source.toString(), backup, "--checksum", "--json"), 0, 6, 0);

            Path restore = dir.resolve("restore");
            assertSummary(cli.run("sync", backup, restore.toString(), "--json"), 6, 0, 0);
            Path local = restore.resolve("docs/f1.bin");
            java.nio.file.attribute.FileTime fetched = Files.getLastModifiedTime(local);
            bytes[1] ^= 1;
            Files.write(local, bytes);
            Files.setLastModifiedTime(local, fetched);
            assertSummary(cli.run("sync", backup, restore.toString(), "--json"), 0, 6, 0);
            assertSummary(cli.run("sync", backup, restore.toString(), "--checksum", "--json"), 1, 5, 0);
            assertThat(TestFiles.sha256(local)).isEqualTo(TestFiles.sha256(changed));
        }
    }

    @S3ServerTest
    void checksum_comparesObjectsAnotherToolStored(S3Server server) throws Exception {
        Path source = tree("by-aws", 2);
        Path same = source.resolve("ünï 0.txt");
        Path edited = source.resolve("docs/f1.bin");
        try (UploadCli cli = new UploadCli(server)) {
            String backup = "s3://" + cli.bucket + "/aws/";
            AwsCliCheck.cp(server, same, backup + "ünï 0.txt");
            AwsCliCheck.cp(server, edited, backup + "docs/f1.bin");
            byte[] bytes = Files.readAllBytes(edited);
            bytes[0] ^= 1;
            Files.write(edited, bytes);
            for (Path file : List.of(same, edited)) {
                // Older than the objects: time alone would transfer nothing.
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
            }

            CliResult byContent = cli.run("sync", source.toString(), backup, "--checksum", "--json");

            assertSummary(byContent, 1, 1, 0);
            assertThat(lines(byContent).get(0).get("source").asText()).isEqualTo(edited.toString());
            assertThat(byContent.err())
                    .as("every object was compared by content")
                    .doesNotContain("note:");
        }
    }

    @S3ServerTest
    void help_hasAnExample_andBadInputIsRefusedBeforeAnyCall(S3Server server) {
        S3Cli cli = new S3Cli(server);
        assertThat(cli.run("sync", "--help").out()).contains("Example:").contains("aws-recipes sync ./photos");
        CliResult local = cli.run("sync", dir.toString(), dir.resolve("other").toString());
        assertThat(local.exitCode()).isEqualTo(2);
        assertThat(local.errLines()).singleElement().asString().contains("one of them must be an s3:// path");
        CliResult missing = cli.run("sync", dir.resolve("none").toString(), "s3://some-bucket/x/");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).singleElement().asString().contains("does not exist");
    }
}
