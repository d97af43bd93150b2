package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.s3.BatchResult.FailedAction;
import dev.awsrecipes.s3.CopyPlan;
import dev.awsrecipes.s3.CopySpec;
import dev.awsrecipes.s3.KeyFilter;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.ObjectAction.Copy;
import dev.awsrecipes.s3.ObjectAction.Download;
import dev.awsrecipes.s3.ObjectAction.Upload;
import dev.awsrecipes.s3.S3Uri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How cp and mv name what they create, over canned listings and real temporary directories; no server. */
class CopyPlannerTest {
    private static final String BUCKET = "plan-bucket";

    @TempDir
    Path dir;

    private final ListingS3 s3 = new ListingS3(BUCKET, ListingS3.Server.AWS, 2)
            .put("p/a.txt", 1, null)
            .put("p/sub/b.gz", 2, null)
            .put("p/sub/", 0, null)
            .put("p/ünï/ç ☃.gz", 3, null)
            .put("p/x/../y.txt", 4, null)
            .put("p/../../escape.txt", 5, null)
            .put("pq/other.txt", 6, null)
            .put("logs/2026/a.gz", 7, null)
            .put("logs/2026/b.txt", 8, null)
            .put("logs/old.gz", 9, null)
            .put("one.bin", 10, null);

    private CopyPlan plan(Consumer<CopySpec.Builder> spec) {
        CopySpec built = CopySpec.builder().applyMutation(spec).build();
        return new CopyPlanner(built, listing -> new ObjectListing(s3, listing).stream()).plan();
    }

    private static S3Uri uri(String text) {
        return S3Uri.parse("uri", text);
    }

    private static String s3(String key) {
        return "s3://" + BUCKET + "/" + key;
    }

    private static List<String> targets(CopyPlan plan) {
        return plan.actions().stream().map(CopyPlannerTest::target).toList();
    }

    private static String target(ObjectAction action) {
        if (action instanceof Upload u) {
            return u.target().toString();
        }
        if (action instanceof Download d) {
            return d.file().toString();
        }
        return ((Copy) action).target().toString();
    }

    private Path tree() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/sub/ünï"));
        Files.writeString(dir.resolve("src/a.txt"), "a");
        Files.writeString(src.resolve("ç ☃.gz"), "cc");
        Files.writeString(dir.resolve("src/sub/b.gz"), "bbb");
        Files.createSymbolicLink(dir.resolve("src/link.txt"), dir.resolve("src/a.txt"));
        return dir.resolve("src");
    }

    @Test
    void aDirectoryGoesUnderTheFolderWithOrWithoutItsSlash() throws IOException {
        Path src = tree();
        List<String> expected = List.of(s3("p/a.txt"), s3("p/sub/b.gz"), s3("p/sub/ünï/ç ☃.gz"));

        CopyPlan slash = plan(c -> c.from(src).to(uri(s3("p/"))).recursive(true));
        CopyPlan bare = plan(c -> c.from(src).to(uri(s3("p"))).recursive(true));
        CopyPlan bucket = plan(c -> c.from(src).to(uri("s3://" + BUCKET)).recursive(true));

        assertThat(targets(slash)).containsExactlyElementsOf(expected);
        assertThat(targets(bare)).containsExactlyElementsOf(expected);
        assertThat(targets(bucket)).containsExactly(s3("a.txt"), s3("sub/b.gz"), s3("sub/ünï/ç ☃.gz"));
        assertThat(slash.actions()).allMatch(a -> a instanceof Upload u && !u.move());
        assertThat(slash.bytes()).isEqualTo(1 + 3 + "cc".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(slash.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .contains("symbolic link"));
    }

    @Test
    void aPrefixComesDownUnderTheDirectory_folderMarkersSkipped_escapingKeysRefused() {
        Path target = dir.resolve("down");
        CopyPlan slash = plan(c -> c.from(uri(s3("p/"))).to(target).recursive(true));
        CopyPlan bare = plan(c -> c.from(uri(s3("p"))).to(target).recursive(true));

        List<String> expected = List.of(
                target.resolve("a.txt").toString(),
                target.resolve("sub/b.gz").toString(),
                target.resolve("ünï/ç ☃.gz").toString());
        assertThat(targets(slash)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(targets(bare)).as("pq/other.txt is not under p/").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(slash.skipped()).singleElement().satisfies(s -> assertThat(s.source())
                .isEqualTo(s3("p/sub/")));
        assertThat(slash.refused())
                .extracting(r -> ((Download) r.action()).source().key())
                .containsExactlyInAnyOrder("p/../../escape.txt", "p/x/../y.txt");
        assertThat(slash.refused()).allSatisfy(r -> assertThat(r.message()).contains("refused"));
        assertThat(slash.actions()).allSatisfy(a -> assertThat(
                        ((Download) a).file().toAbsolutePath().normalize())
                .startsWithRaw(target.toAbsolutePath()));
    }

    @Test
    void oneObjectToAnExistingDirectoryTakesItsName_elsewhereTheTargetIsTheFile() throws IOException {
        Path existing = Files.createDirectories(dir.resolve("existing"));
        Path missingDir = dir.resolve("new-dir");

        assertThat(targets(plan(c -> c.from(uri(s3("p/sub/b.gz"))).to(existing))))
                .containsExactly(existing.resolve("b.gz").toString());
        assertThat(targets(plan(c -> c.from(uri(s3("p/sub/b.gz"))).to(dir.resolve("renamed.gz")))))
                .containsExactly(dir.resolve("renamed.gz").toString());
        assertThat(targets(plan(c -> c.from(uri(s3("p/sub/b.gz"))).toDirectory(missingDir))))
                .containsExactly(missingDir.resolve("b.gz").toString());
        CopyPlan one =
                plan(c -> c.from(uri(s3("one.bin"))).to(dir.resolve("o.bin")).move(true));
        assertThat(one.actions())
                .singleElement()
                .isEqualTo(new Download(uri(s3("one.bin")), dir.resolve("o.bin"), 10, true));
    }

    @Test
    void oneObjectOrFileToAFolderTakesItsName_toAKeyIsThatKey() throws IOException {
        Path file = Files.writeString(dir.resolve("ä b.txt"), "x");

        assertThat(targets(plan(c -> c.from(uri(s3("p/a.txt"))).to(uri("s3://other-bucket/in/")))))
                .containsExactly("s3://other-bucket/in/a.txt");
        assertThat(targets(plan(c -> c.from(uri(s3("p/a.txt"))).to(uri("s3://other-bucket/in")))))
                .containsExactly("s3://other-bucket/in");
        assertThat(targets(plan(c -> c.from(file).to(uri("s3://other-bucket")))))
                .containsExactly("s3://other-bucket/ä b.txt");
        assertThat(targets(plan(c -> c.from(file).to(uri("s3://other-bucket/k")))))
                .containsExactly("s3://other-bucket/k");
    }

    @Test
    void aWildcardListsFromItsFixedPrefixAndNamesRelativeToItsFolder() {
        CopyPlan gz = plan(c -> c.from(uri(s3("logs/*.gz"))).to(uri("s3://other-bucket/archive")));

        assertThat(gz.actions())
                .extracting(a -> ((Copy) a).source().key())
                .containsExactly("logs/2026/a.gz", "logs/old.gz");
        assertThat(targets(gz))
                .containsExactly("s3://other-bucket/archive/2026/a.gz", "s3://other-bucket/archive/old.gz");
        assertThat(targets(plan(c -> c.from(uri(s3("logs/20??/*"))).to(dir))))
                .containsExactly(
                        dir.resolve("2026/a.gz").toString(),
                        dir.resolve("2026/b.txt").toString());
    }

    @Test
    void includeAndExcludeAreReadInOrder_theLastMatchDeciding() throws IOException {
        Path src = tree();
        KeyFilter onlyGz = KeyFilter.builder().exclude("*").include("*.gz").build();
        KeyFilter nothing = KeyFilter.builder().include("*.gz").exclude("*").build();

        assertThat(targets(
                        plan(c -> c.from(src).to(uri(s3("t/"))).recursive(true).filter(onlyGz))))
                .containsExactly(s3("t/sub/b.gz"), s3("t/sub/ünï/ç ☃.gz"));
        assertThat(plan(c -> c.from(src).to(uri(s3("t/"))).recursive(true).filter(nothing))
                        .actions())
                .isEmpty();
        assertThat(targets(
                        plan(c -> c.from(uri(s3("p/"))).to(dir).recursive(true).filter(onlyGz))))
                .containsExactlyInAnyOrder(
                        dir.resolve("sub/b.gz").toString(),
                        dir.resolve("ünï/ç ☃.gz").toString());
        assertThat(plan(c -> c.from(uri(s3("p/a.txt"))).to(dir).filter(onlyGz)).actions())
                .as("a single object is filtered by its name too, as aws s3 cp does")
                .isEmpty();
    }

    @Test
    void aPrefixCopiedWithinS3KeepsNames_ontoItselfIsRefused_movesCarryTheFlag() {
        CopyPlan moved = plan(c -> c.from(uri(s3("logs/")))
                .to(uri(s3("old-logs/")))
                .recursive(true)
                .move(true));
        CopyPlan self = plan(c -> c.from(uri(s3("one.bin"))).to(uri(s3(""))));

        assertThat(targets(moved))
                .containsExactly(s3("old-logs/2026/a.gz"), s3("old-logs/2026/b.txt"), s3("old-logs/old.gz"));
        assertThat(moved.actions())
                .allMatch(a -> a instanceof Copy c && c.move() && a.verb().equals("move"));
        assertThat(self.actions()).isEmpty();
        assertThat(self.refused())
                .extracting(FailedAction::message)
                .singleElement()
                .asString()
                .contains("same object");
    }

    @Test
    void keysThatCannotBeLocalNamesAreNeverPlannedOutsideTheTarget() {
        assertThat(LocalTree.fileFor(dir, "../x")).isNull();
        assertThat(LocalTree.fileFor(dir, "a/../../x")).isNull();
        assertThat(LocalTree.fileFor(dir, "..")).isNull();
        assertThat(LocalTree.fileFor(dir, "a/..")).isNull();
        assertThat(LocalTree.fileFor(dir, "a\0b")).isNull();
        assertThat(LocalTree.fileFor(dir, "/abs")).isNull();
        assertThat(LocalTree.fileFor(dir, "..a/b..")).isEqualTo(dir.resolve("..a/b.."));
        assertThat(LocalTree.fileFor(dir, "ünï/ç ☃.gz"))
                .isEqualTo(dir.resolve("ünï").resolve("ç ☃.gz"));
    }

    @Test
    void badRequestsAreRefusedBeforeAnyListing() throws IOException {
        Path src = tree();

        assertThatThrownBy(() -> plan(c -> c.from(src).to(uri(s3("p/")))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("is a directory")
                .extracting(e -> ((InvalidArgumentException) e).argument())
                .isEqualTo("source");
        assertThatThrownBy(() -> plan(c -> c.from(dir.resolve("none")).to(uri(s3("p/")))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> plan(c -> c.from(uri(s3("p/"))).to(dir)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("--recursive");
        assertThatThrownBy(() -> plan(c -> c.from(src).to(dir)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("local like the source");
        assertThat(s3.requests).hasValue(0);
        assertThatThrownBy(() -> plan(c -> c.from(uri(s3("p/nothing.txt"))).to(dir)))
                .isInstanceOf(AwsRecipesException.class)
                .hasMessageContaining("does not exist");
    }
}
