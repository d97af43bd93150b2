package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.cli.JarProcess;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** cp and mv on both servers, their effects checked with the AWS CLI. */
class CopyCommandsIT {
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path dir;

    /** About 200 files in nested directories, with non-ASCII and shell-special names, one large enough for parts. */
    private Path tree() throws IOException {
        Path root = dir.resolve("tree");
        for (int i = 0; i < 198; i++) {
            Path file = root.resolve("d" + (i % 5))
                    .resolve(i % 3 == 0 ? "ünï cödé" : "sub-" + (i % 4))
                    .resolve("f-" + i + (i % 2 == 0 ? "-ñ" : "") + ".txt");
            Files.createDirectories(file.getParent());
            TestFiles.random(file, (i * 37L) % 3000, i);
        }
        Files.writeString(root.resolve("a+b %41 #x.txt"), "special");
        TestFiles.random(root.resolve("big.bin"), 11 * MIB + 3, 7);
        return root;
    }

    /** Every file under the directory by its name relative to it ({@code /} between parts), with its SHA-256. */
    private static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(file).toString(), TestFiles.sha256(file));
            }
        }
        return digests;
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (MappingIterator<JsonNode> values =
                new ObjectMapper().readerFor(JsonNode.class).readValues(out)) {
            values.forEachRemaining(lines::add);
        }
        return lines;
    }

    @S3ServerTest
    void cpRecursive_treeGoesUpAndComesBackByteForByte_dryRunChangesNothing(S3Server server) throws Exception {
        Path tree = tree();
        Map<String, String> expected = digests(tree);
        try (UploadCli cli = new UploadCli(server)) {
            String bucket = "s3://" + cli.bucket;

            CliResult dry = cli.run("cp", tree.toString(), bucket + "/dry/", "--recursive", "--dry-run");
            assertThat(dry.exitCode()).as(dry.err()).isZero();
            assertThat(dry.out().lines().filter(l -> l.startsWith("(dryrun) upload: ")))
                    .hasSize(expected.size());
            assertThat(AwsCli.keys(server, cli.bucket, ""))
                    .as("a dry run stores nothing")
                    .isEmpty();

            CliResult up =
                    cli.run("cp", tree.toString(), bucket + "/backup", "--recursive", "--part-size", "5MiB", "--json");
            assertThat(up.exitCode()).as(up.err()).isZero();
            List<JsonNode> lines = jsonLines(up.out());
            assertThat(lines).hasSize(expected.size() + 1);
            assertThat(lines.subList(0, expected.size()))
                    .allSatisfy(l -> assertThat(l.get("action").asText()).isEqualTo("upload"));
            JsonNode summary = lines.get(lines.size() - 1);
            assertThat(summary.get("transferred").asLong()).isEqualTo(expected.size());
            assertThat(summary.get("failed").asLong()).isZero();
            assertThat(AwsCli.keys(server, cli.bucket, "backup/"))
                    .as("checked with aws s3 ls --recursive")
                    .containsExactlyInAnyOrderElementsOf(
                            expected.keySet().stream().map(k -> "backup/" + k).toList());

            Path down = dir.resolve("down");
            CliResult back = cli.run("cp", bucket + "/backup/", down.toString(), "--recursive");
            assertThat(back.exitCode()).as(back.err()).isZero();
            assertThat(back.out().lines().filter(l -> l.startsWith("download: s3://")))
                    .hasSize(expected.size());
            assertThat(digests(down)).isEqualTo(expected);
            try (Stream<Path> all = Files.walk(down)) {
                assertThat(all.map(p -> p.getFileName().toString()))
                        .as("no temporary or state file left beside the downloads")
                        .noneMatch(n -> n.contains("aws-recipes"));
            }
        }
    }

    @S3ServerTest
    void cpWildcardsFiltersAndPrefixes_mvDeletesSourcesOnlyAfterTheCopy(S3Server server) throws Exception {
        try (UploadCli cli = new UploadCli(server)) {
            String bucket = "s3://" + cli.bucket;
            for (String key : List.of("logs/2026/a.gz", "logs/2026/b.txt", "logs/old.gz", "logs/x.tmp.gz")) {
                cli.s3.putObject(r -> r.bucket(cli.bucket).key(key), RequestBody.fromString("content of " + key));
            }

            CliResult gz = cli.run("cp", bucket + "/logs/*.gz", bucket + "/gz/", "--exclude", "*.tmp.gz");
            assertThat(gz.exitCode()).as(gz.err()).isZero();
            assertThat(gz.out().lines()).contains("copy: " + bucket + "/logs/2026/a.gz to " + bucket + "/gz/2026/a.gz");
            assertThat(AwsCli.keys(server, cli.bucket, "gz/")).containsExactlyInAnyOrder("gz/2026/a.gz", "gz/old.gz");

            CliResult prefix = cli.run("cp", bucket + "/logs", bucket + "/copy", "--recursive");
            assertThat(prefix.exitCode()).as(prefix.err()).isZero();
            assertThat(AwsCli.keys(server, cli.bucket, "copy/"))
                    .containsExactlyInAnyOrder("copy/2026/a.gz", "copy/2026/b.txt", "copy/old.gz", "copy/x.tmp.gz");
            assertThat(AwsCli.run(server, "s3", "cp", bucket + "/copy/2026/b.txt", "-"))
                    .isEqualTo("content of logs/2026/b.txt");

            Path target = dir.resolve("moved");
            CliResult dryMove = cli.run("mv", bucket + "/copy/", target.toString(), "--recursive", "--dry-run");
            assertThat(dryMove.out().lines().filter(l -> l.startsWith("(dryrun) move: ")))
                    .hasSize(4);
            assertThat(AwsCli.keys(server, cli.bucket, "copy/")).hasSize(4);
            assertThat(target).doesNotExist();

            CliResult move = cli.run("mv", bucket + "/copy/", target.toString(), "--recursive", "--json");
            assertThat(move.exitCode()).as(move.err()).isZero();
            JsonNode summary = jsonLines(move.out()).get(4);
            assertThat(summary.get("deleted").asLong()).isEqualTo(4);
            assertThat(Files.readString(target.resolve("2026/a.gz"))).isEqualTo("content of logs/2026/a.gz");
            assertThat(AwsCli.keys(server, cli.bucket, "copy/"))
                    .as("moved away")
                    .isEmpty();
            assertThat(AwsCli.keys(server, cli.bucket, "logs/")).as("untouched").hasSize(4);

            Path file = Files.writeString(dir.resolve("ä file.txt"), "local");
            CliResult up = cli.run("mv", file.toString(), bucket + "/in/");
            assertThat(up.exitCode()).as(up.err()).isZero();
            assertThat(up.out()).contains("move: " + file + " to " + bucket + "/in/ä file.txt");
            assertThat(file).doesNotExist();
            assertThat(AwsCli.run(server, "s3", "cp", bucket + "/in/ä file.txt", "-"))
                    .isEqualTo("local");

            Path existing = Files.createDirectories(dir.resolve("existing"));
            CliResult one = cli.run("cp", bucket + "/logs/old.gz", existing.toString());
            assertThat(one.exitCode()).as(one.err()).isZero();
            assertThat(existing.resolve("old.gz")).hasContent("content of logs/old.gz");
        }
    }

    @S3ServerTest
    void cpStdinToS3AndBackToStdout_40MiBIdentical(S3Server server) throws Exception {
        Path source = TestFiles.random(dir.resolve("piped.bin"), 40 * MIB, 19);
        try (UploadCli cli = new UploadCli(server)) {
            String object = "s3://" + cli.bucket + "/piped/data.bin";
            CliResult up;
            try (InputStream in = Files.newInputStream(source)) {
                up = CliRun.withInput(
                        Environment.of(server.cliEnvironment()),
                        in,
                        "cp",
                        "-",
                        object,
                        "--endpoint-url",
                        server.endpoint().toString());
            }
            assertThat(up.exitCode()).as(up.err()).isZero();
            assertThat(up.out()).contains("upload: - to " + object);
            assertThat(AwsCli.run(server, "s3api", "head-object", "--bucket", cli.bucket, "--key", "piped/data.bin"))
                    .contains("\"ContentLength\": " + 40 * MIB);

            Path err = dir.resolve("stderr.txt");
            Process child =
                    JarProcess.start(server, List.of(), ProcessBuilder.Redirect.to(err.toFile()), "cp", object, "-");
            child.getOutputStream().close();
            String sha;
            try (InputStream out = child.getInputStream()) {
                sha = TestFiles.sha256(out);
            }
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as(Files.readString(err)).isZero();
            assertThat(sha).as("stdout carries exactly the object's bytes").isEqualTo(TestFiles.sha256(source));
            assertThat(Files.readString(err)).contains("download: " + object + " to -");
        }
    }

    @S3ServerTest
    void badInput_exits2WithOneLineNamingTheArgument_andChangesNothing(S3Server server) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("t"));
        Files.writeString(tree.resolve("a.txt"), "a");
        try (UploadCli cli = new UploadCli(server)) {
            String bucket = "s3://" + cli.bucket;
            CliResult noRecursive = cli.run("cp", tree.toString(), bucket + "/p/");
            CliResult folder = cli.run("cp", bucket + "/p/", dir.toString());
            CliResult local = cli.run("cp", tree.toString(), dir.resolve("x").toString(), "--recursive");
            CliResult moveStdin = cli.run("mv", "-", bucket + "/k");

            assertThat(noRecursive.exitCode()).isEqualTo(2);
            assertThat(noRecursive.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("cp: SRC: ")
                    .contains("--recursive");
            assertThat(folder.exitCode()).isEqualTo(2);
            assertThat(folder.errLines()).singleElement().asString().contains("--recursive");
            assertThat(local.exitCode()).isEqualTo(2);
            assertThat(local.errLines()).singleElement().asString().contains("DST");
            assertThat(moveStdin.exitCode()).isEqualTo(2);
            assertThat(moveStdin.errLines()).singleElement().asString().startsWith("mv: SRC - cannot be moved");
            assertThat(cli.objects()).isZero();

            CliResult missing = cli.run("cp", bucket + "/nothing.txt", dir.toString());
            assertThat(missing.exitCode()).isEqualTo(1);
            assertThat(missing.errLines()).singleElement().asString().contains("does not exist");
        }
    }
}
