package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.Json;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.s3.S3Recipes;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerKind;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.ScratchBucket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code ls}, {@code rm}, {@code delete-bucket --dry-run} and the {@code s3://} path forms of the older commands,
 * end to end on each server, every effect checked with the AWS CLI.
 */
class LsRmCommandsIT {
    /** Odd keys: spaces, +, %, #, ?, non-ASCII, a .. segment; all end with .gz. */
    private static final List<String> ODD_GZ =
            List.of("logs/a b+c%20#?.gz", "logs/ünï/日本 語.gz", "logs/../up.gz", "logs/deep/2026-03.gz");

    private static final List<String> KEYS = List.of(
            "logs/2026-01.gz",
            "logs/2026-02.gz",
            "logs/notes.txt",
            ODD_GZ.get(0),
            ODD_GZ.get(1),
            ODD_GZ.get(2),
            ODD_GZ.get(3),
            "tmp/a.tmp",
            "tmp/b.tmp",
            "tmp/sub/c.tmp",
            "tmp/keep.txt",
            "tmpfile.txt");

    /**
     * The key a server stores for the key sent: versitygw removes {@code .} and {@code ..} segments from the
     * request path (the AWS CLI's own uploads show it too: {@code x/../y/./z} is stored as {@code y/z}), AWS
     * and LocalStack keep the key as sent.
     */
    static String stored(S3Server server, String key) {
        if (!server.is(S3ServerKind.VERSITYGW)) {
            return key;
        }
        Deque<String> kept = new ArrayDeque<>();
        for (String part : key.split("/", -1)) {
            if (part.equals("..")) {
                kept.pollLast();
            } else if (!part.equals(".")) {
                kept.add(part);
            }
        }
        return String.join("/", kept);
    }

    private static List<String> stored(S3Server server, List<String> keys) {
        return keys.stream().map(k -> stored(server, k)).toList();
    }

    private static ScratchBucket seeded(Aws aws) {
        S3Client s3 = aws.client(S3Recipes.S3);
        ScratchBucket bucket = ScratchBucket.create(s3, "ls-rm-cli");
        for (String key : KEYS) {
            s3.putObject(p -> p.bucket(bucket.name()).key(key), RequestBody.fromString("x".repeat(key.length())));
        }
        return bucket;
    }

    private static List<JsonNode> jsonLines(CliResult result) {
        List<JsonNode> lines = new ArrayList<>();
        result.out().lines().forEach(l -> {
            try {
                lines.add(Json.mapper().readTree(l));
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON line: " + l, e);
            }
        });
        return lines;
    }

    private static List<String> keysOf(List<JsonNode> lines) {
        return lines.stream().map(l -> l.get("key").asText()).toList();
    }

    @S3ServerTest
    void ls_recursiveJsonOfAWildcard_listsWhatTheAwsCliLists(S3Server server, Aws aws) {
        S3Cli cli = new S3Cli(server);
        try (ScratchBucket bucket = seeded(aws)) {
            String b = bucket.name();
            CliResult gz = cli.run("ls", "--recursive", "--json", "s3://" + b + "/logs/*.gz");
            assertThat(gz.exitCode()).as(gz.err()).isZero();
            List<JsonNode> lines = jsonLines(gz);
            List<String> awsGz = AwsCliCheck.keys(server, b, "logs/", "Contents[?ends_with(Key, '.gz')].Key");

            assertThat(keysOf(lines)).containsExactlyElementsOf(awsGz);
            assertThat(awsGz)
                    .containsExactlyInAnyOrderElementsOf(stored(server, KEYS).stream()
                            .filter(k -> k.startsWith("logs/") && k.endsWith(".gz"))
                            .toList())
                    .hasSizeGreaterThanOrEqualTo(5);
            assertThat(lines).allSatisfy(l -> {
                assertThat(l.get("bucket").asText()).isEqualTo(b);
                assertThat(l.get("bytes").asLong())
                        .isEqualTo(l.get("key").asText().length());
                assertThat(l.get("lastModified").asText()).isNotBlank();
            });

            CliResult everything = cli.run("ls", "--recursive", "--json", "s3://" + b);
            assertThat(keysOf(jsonLines(everything))).containsExactlyElementsOf(AwsCliCheck.keys(server, b, ""));
        }
    }

    @S3ServerTest
    void ls_oneLevelShowsFoldersAsAwsDoes_bucketsWithoutPath_andNothingListedIsExit1(S3Server server, Aws aws) {
        S3Cli cli = new S3Cli(server);
        try (ScratchBucket bucket = seeded(aws)) {
            String b = bucket.name();
            CliResult level = cli.run("ls", "s3://" + b + "/logs/");
            assertThat(level.exitCode()).as(level.err()).isZero();
            List<String> lines = level.out().lines().toList();
            assertThat(lines).contains(" ".repeat(27) + "PRE deep/", " ".repeat(27) + "PRE ünï/");
            if (!server.is(S3ServerKind.VERSITYGW)) {
                assertThat(lines).contains(" ".repeat(27) + "PRE ../");
            }
            assertThat(lines).anySatisfy(l -> assertThat(l)
                    .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d" + " +14 Bytes notes\\.txt"));
            assertThat(lines).anySatisfy(l -> assertThat(l).endsWith(" a b+c%20#?.gz"));

            CliResult exact = cli.run("ls", "--exact", "--summarize", "s3://" + b + "/tmp/");
            assertThat(exact.out()).contains("         9 a.tmp", "Total Objects: 3", "Total Size: 30");

            CliResult buckets = cli.run("ls");
            assertThat(buckets.exitCode()).as(buckets.err()).isZero();
            assertThat(buckets.out().lines()).anySatisfy(l -> assertThat(l).endsWith(" " + b));
            CliResult bucketsJson = cli.run("ls", "--json");
            assertThat(jsonLines(bucketsJson))
                    .anySatisfy(l -> assertThat(l.get("bucket").asText()).isEqualTo(b));

            CliResult nothing = cli.run("ls", "s3://" + b + "/no-such-prefix/");
            assertThat(nothing.exitCode()).isEqualTo(1);
            assertThat(nothing.out()).isEmpty();
            CliResult noBucket = cli.run("ls", "s3://" + b + "-missing/");
            assertThat(noBucket.exitCode()).isEqualTo(1);
            assertThat(noBucket.errLines()).singleElement().asString().startsWith("ls: ");
        }
    }

    @S3ServerTest
    void rm_dryRunDeletesNothing_recursiveDeletesTheFolder_aPatternOnlyItsMatches(S3Server server, Aws aws) {
        S3Cli cli = new S3Cli(server);
        try (ScratchBucket bucket = seeded(aws)) {
            String b = bucket.name();
            List<String> before = AwsCliCheck.keys(server, b, "");

            CliResult dry = cli.run("rm", "--recursive", "--dry-run", "s3://" + b + "/tmp", "--exclude", "*.txt");
            assertThat(dry.exitCode()).as(dry.err()).isZero();
            assertThat(dry.out().lines())
                    .containsExactly(
                            "(dryrun) delete: s3://" + b + "/tmp/a.tmp",
                            "(dryrun) delete: s3://" + b + "/tmp/b.tmp",
                            "(dryrun) delete: s3://" + b + "/tmp/sub/c.tmp");
            assertThat(AwsCliCheck.keys(server, b, "")).isEqualTo(before);

            CliResult recursive = cli.run("rm", "--recursive", "s3://" + b + "/tmp");
            assertThat(recursive.exitCode()).as(recursive.err()).isZero();
            assertThat(recursive.out().lines()).hasSize(4).allMatch(l -> l.startsWith("delete: s3://" + b + "/tmp/"));
            assertThat(AwsCliCheck.keys(server, b, "tmp")).containsExactly("tmpfile.txt");

            CliResult pattern = cli.run("rm", "--json", "s3://" + b + "/logs/*.gz", "--exclude", "deep/*");
            assertThat(pattern.exitCode()).as(pattern.err()).isZero();
            long matching = stored(server, KEYS).stream()
                    .filter(k -> k.startsWith("logs/") && k.endsWith(".gz") && !k.startsWith("logs/deep/"))
                    .count();
            assertThat(jsonLines(pattern)).hasSize((int) matching).allSatisfy(l -> {
                assertThat(l.get("action").asText()).isEqualTo("delete");
                assertThat(l.get("target").asText())
                        .startsWith("s3://" + b + "/logs/")
                        .endsWith(".gz");
            });
            assertThat(AwsCliCheck.keys(server, b, "logs/")).containsExactly("logs/deep/2026-03.gz", "logs/notes.txt");

            CliResult one = cli.run("rm", "s3://" + b + "/logs/notes.txt");
            assertThat(one.out()).isEqualTo("delete: s3://" + b + "/logs/notes.txt\n");
            assertThat(AwsCliCheck.keys(server, b, "logs/")).containsExactly("logs/deep/2026-03.gz");

            CliResult noKey = cli.run("rm", "s3://" + b + "/");
            assertThat(noKey.exitCode()).isEqualTo(2);
            assertThat(noKey.errLines()).singleElement().asString().contains("--recursive");
        }
    }

    @S3ServerTest
    void rm_recursiveOfMoreThanOneBatch_deletesEveryKey_andLsFiltersByName(S3Server server, Aws aws) throws Exception {
        S3Cli cli = new S3Cli(server);
        S3Client s3 = aws.client(S3Recipes.S3);
        try (ScratchBucket bucket = ScratchBucket.create(s3, "ls-rm-many")) {
            String b = bucket.name();
            int count = 1005;
            ExecutorService puts = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> sent = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String key = "many/%04d.%s".formatted(i, i % 2 == 0 ? "even" : "odd");
                    sent.add(puts.submit(() -> s3.putObject(p -> p.bucket(b).key(key), RequestBody.fromString("x"))));
                }
                for (Future<?> put : sent) {
                    put.get();
                }
            } finally {
                puts.shutdown();
            }

            CliResult odd = cli.run("ls", "--json", "s3://" + b + "/many/", "--exclude", "*", "--include", "*.odd");
            assertThat(odd.exitCode()).as(odd.err()).isZero();
            assertThat(keysOf(jsonLines(odd))).hasSize(count / 2).allMatch(k -> k.endsWith(".odd"));

            CliResult rm = cli.run("rm", "--recursive", "--quiet", "s3://" + b + "/many/");
            assertThat(rm.exitCode()).as(rm.err()).isZero();
            assertThat(rm.out().lines()).hasSize(count).doesNotHaveDuplicates();
            assertThat(AwsCliCheck.keys(server, b, "")).isEmpty();
        }
    }

    @S3ServerTest
    void deleteBucketDryRun_countsAndChangesNothing(S3Server server, Aws aws) {
        S3Cli cli = new S3Cli(server);
        try (ScratchBucket bucket = seeded(aws)) {
            String b = bucket.name();
            CliResult dry = cli.run("delete-bucket", "s3://" + b, "--dry-run", "--json");
            assertThat(dry.exitCode()).as(dry.err()).isZero();
            assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
            assertThat(dry.json().get("versions").asLong()).isEqualTo(KEYS.size());
            CliResult text = cli.run("delete-bucket", "--bucket", b, "--dry-run");
            assertThat(text.out()).startsWith("(dryrun) ").contains(KEYS.size() + " objects/versions");
            assertThat(AwsCliCheck.keys(server, b, "")).hasSize(KEYS.size());
        }
    }

    @S3ServerTest
    void olderCommands_takeS3Paths_andOddKeysRoundTrip(S3Server server, Aws aws, @TempDir Path dir) throws IOException {
        S3Cli cli = new S3Cli(server);
        try (ScratchBucket bucket = ScratchBucket.create(aws.client(S3Recipes.S3), "ls-rm-paths")) {
            String b = bucket.name();
            List<String> odd = List.of("x/a b+c%20#?.txt", "x/ünï/日本 語.txt", "x/../y/./z.txt");
            for (String key : odd) {
                CliResult put = cli.run("put-object", "s3://" + b + "/" + key, "--text", key);
                assertThat(put.exitCode()).as(put.err()).isZero();
                CliResult info = cli.run("object-info", "--json", "--bucket", "s3://" + b + "/" + key);
                assertThat(info.json().get("key").asText()).isEqualTo(key);
                Path file = dir.resolve("f" + odd.indexOf(key));
                CliResult down = cli.run("download", "s3://" + b + "/" + key, file.toString());
                assertThat(down.exitCode()).as(down.err()).isZero();
                assertThat(Files.readString(file)).isEqualTo(key);
            }
            assertThat(AwsCliCheck.keys(server, b, "")).containsExactlyInAnyOrderElementsOf(stored(server, odd));
        }
    }
}
