package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.cli.AwsRecipesCli;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Environment;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code s3://B/K} in place of {@code --bucket B --key K}: parsed by picocli into the same options, keys taken
 * literally, and paths that do not fit refused at parse time (exit 2) with one line.
 */
class S3PathArgsTest {
    private static final Environment NO_AWS = Environment.of(Map.of());

    private static <T> T parsed(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain.txt",
                "with space/and+plus.txt",
                "100%/%20not-decoded#frag?query=1",
                "ünïcødé/日本語/😀.txt",
                "../up/./../x",
                "trailing/",
                "s3://inside/the/key",
                "a=b=c",
                "-starts-with-dash"
            })
    void anObjectPath_isTheBucketAndTheLiteralKey_beforeOrAfterTheFile(String key) {
        DownloadCommand before = parsed(new DownloadCommand(), "s3://team-logs/" + key, "out.bin");
        assertThat(before.object.bucket()).isEqualTo("team-logs");
        assertThat(before.object.key()).isEqualTo(key);
        assertThat(before.target).isEqualTo("out.bin");

        UploadCommand after = parsed(new UploadCommand(), "in.bin", "s3://team-logs/" + key, "--part-size", "8MiB");
        assertThat(after.object.bucket()).isEqualTo("team-logs");
        assertThat(after.object.key()).isEqualTo(key);
        assertThat(after.file).isEqualTo(Path.of("in.bin"));
    }

    @Test
    void thePathMayAlsoBeTheValueOfBucket() {
        ObjectInfoCommand spaced = parsed(new ObjectInfoCommand(), "--bucket", "s3://b-1/x y");
        assertThat(spaced.object.words()).containsExactly("--bucket", "b-1", "--key", "x y");
        ObjectInfoCommand inline = parsed(new ObjectInfoCommand(), "--bucket=s3://b-1/x=y");
        assertThat(inline.object.words()).containsExactly("--bucket", "b-1", "--key", "x=y");
    }

    @Test
    void theOldOptions_andOptionValuesThatLookLikePaths_areLeftAlone() {
        ObjectInfoCommand old = parsed(new ObjectInfoCommand(), "--bucket", "b-1", "--key", "s3://not/a/path");
        assertThat(old.object.words()).containsExactly("--bucket", "b-1", "--key", "s3://not/a/path");
        BucketDuCommand du = parsed(new BucketDuCommand(), "--inventory", "s3://dest/p/team-logs/c/");
        assertThat(du.bucket).isNull();
    }

    @Test
    void aPathOnABucketCommand_givesTheBucket_andThePrefixWhereThereIsOne() {
        DeleteBucketCommand delete = parsed(new DeleteBucketCommand(), "s3://scratch-1");
        assertThat(delete.target.bucket()).isEqualTo("scratch-1");
        assertThat(parsed(new DeleteBucketCommand(), "s3://scratch-1/").target.bucket())
                .isEqualTo("scratch-1");
        UploadTreeCommand tree = parsed(new UploadTreeCommand(), "photos", "s3://backups/2026/photos");
        assertThat(tree.target.bucket()).isEqualTo("backups");
        assertThat(tree.prefix).isEqualTo("2026/photos");
        BucketDuCommand du = parsed(new BucketDuCommand(), "s3://logs-1/q3/");
        assertThat(du.bucket).isEqualTo("logs-1");
        assertThat(du.prefix).isEqualTo("q3/");
    }

    @Test
    void copyObject_takesTheSourceFirst_andATargetWithoutKeyKeepsTheSourceKey() {
        CopyObjectCommand copy = parsed(new CopyObjectCommand(), "s3://src-1/a/b.txt", "s3://dst-1/");
        assertThat(copy.sourceBucket).isEqualTo("src-1");
        assertThat(copy.sourceKey).isEqualTo("a/b.txt");
        assertThat(copy.bucket).isEqualTo("dst-1");
        assertThat(copy.key).isNull();
    }

    @Test
    void pathsThatDoNotFit_areBadInput_beforeAnyCall() {
        assertBadInput(
                CliRun.withEnvironment(NO_AWS, "download", "s3://team-logs/", "out.bin"),
                "download: \"s3://team-logs/\" names no key; write s3://team-logs/KEY (or --key K)");
        assertBadInput(
                CliRun.withEnvironment(NO_AWS, "delete-bucket", "s3://scratch-1/key"),
                "delete-bucket: \"s3://scratch-1/key\" names a key, but delete-bucket works on a whole bucket:"
                        + " write s3://scratch-1");
        assertBadInput(
                CliRun.withEnvironment(NO_AWS, "object-info", "s3://b-1/k", "s3://b-2/k"),
                "object-info: one S3 path too many: \"s3://b-2/k\" (object-info takes 1)");
        assertBadInput(
                CliRun.withEnvironment(NO_AWS, "object-info", "s3:///k"),
                "object-info: path \"s3:///k\" names no bucket; write s3://BUCKET/KEY");
        assertBadInput(
                CliRun.withEnvironment(NO_AWS, "object-info", "s3://b-1/k", "--bucket", "b-2"),
                "object-info: option '--bucket' (B) should be specified only once");
    }

    @Test
    void missingOptions_keepTheirMessage() {
        assertBadInput(
                CliRun.withEnvironment(NO_AWS, "object-info", "--bucket", "b-1"),
                "object-info: Missing required option: '--key=K'");
    }

    @Test
    void aBadBucketInAPath_isNamedAsThePath() {
        assertThatThrownBy(() -> parsed(new ObjectInfoCommand(), "s3://Bad_Bucket/k"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("Bad_Bucket");
    }

    private static void assertBadInput(CliResult result, String line) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(AwsRecipesCli.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().isEqualTo(line);
    }
}
