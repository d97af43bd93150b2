package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.KeyFilter;
import dev.awsrecipes.s3.ListSpec;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.S3Uri;
import dev.awsrecipes.s3.SyncRefusedException;
import dev.awsrecipes.s3.SyncSpec;
import dev.awsrecipes.s3.internal.ContentComparison.Kind;
import dev.awsrecipes.s3.internal.ContentComparison.Verdict;
import dev.awsrecipes.s3.internal.SyncPlanner.Plan;
import dev.awsrecipes.s3.internal.SyncPlanner.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Sync's decisions over a real temporary directory and canned listings (passed through the listing's own
 * filter code), with no server: what is equal, newer, of another size, missing or extra; deletions and
 * their refusals; filters on both sides; non-ASCII names.
 */
class SyncPlannerTest {
    private static final S3Uri PREFIX = S3Uri.parse("target", "s3://backups/photos");
    private static final Instant UPLOADED = Instant.parse("2026-12-06T12:00:00Z");

    @TempDir
    Path dir;

    /** What S3 lists under the prefix: name, size, LastModified. */
    private final Map<String, Object[]> objects = new LinkedHashMap<>();

    private final List<String> compared = new ArrayList<>();
    private final Map<String, Verdict> verdicts = new HashMap<>();

    private Path file(String name, String content, Instant modified) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private void object(String name, long bytes, Instant modified) {
        objects.put(name, new Object[] {bytes, modified});
    }

    private Side remote(SyncSpec spec) {
        List<S3Object> contents = new ArrayList<>();
        objects.forEach((name, v) -> contents.add(S3Object.builder()
                .key("photos/" + name)
                .size((Long) v[0])
                .lastModified((Instant) v[1])
                .eTag("\"e\"")
                .build()));
        ListSpec list = ListSpec.builder()
                .bucket("backups")
                .prefix("photos/")
                .recursive(true)
                .folder("photos/")
                .filter(spec.filter())
                .build();
        return Syncer.remoteSide(new ObjectListing(null, list)
                .entries(ListObjectsV2Response.builder().contents(contents).build()));
    }

    private Plan upload(SyncSpec.Builder spec) {
        SyncSpec built = spec.source(dir).target(PREFIX).build();
        Side source = Syncer.localSide(dir, built.filter(), new ArrayList<>());
        return planner(built).plan(source, remote(built));
    }

    private Plan download(SyncSpec.Builder spec) {
        SyncSpec built = spec.source(PREFIX).target(dir).build();
        Side target = Syncer.localSide(dir, built.filter(), new ArrayList<>());
        return planner(built).plan(remote(built), target);
    }

    private SyncPlanner planner(SyncSpec spec) {
        return new SyncPlanner(spec, candidates -> {
            candidates.forEach(c -> compared.add(c.source().name()));
            return verdicts;
        });
    }

    private static List<String> described(Plan plan) {
        return plan.actions().stream().map(ObjectAction::describe).toList();
    }

    @Test
    void equalSizeAndAnOlderFileAreUnchanged() throws IOException {
        file("a.jpg", "aaaa", UPLOADED.minusSeconds(60));
        object("a.jpg", 4, UPLOADED);

        Plan plan = upload(SyncSpec.builder());

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void aFileNewerBySecondsIsUploaded_butNotOneNewerWithinTheSecondS3Lists() throws IOException {
        file("later.jpg", "aaaa", UPLOADED.plusSeconds(5));
        file("sameSecond.jpg", "aaaa", UPLOADED.plusMillis(400));
        object("later.jpg", 4, UPLOADED);
        object("sameSecond.jpg", 4, UPLOADED);

        Plan plan = upload(SyncSpec.builder());

        assertThat(described(plan))
                .containsExactly("upload: " + dir.resolve("later.jpg") + " to s3://backups/photos/later.jpg");
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void otherSizesAreTransferredEvenWhenTheTargetIsNewer() throws IOException {
        file("a.jpg", "aaaaa", UPLOADED.minusSeconds(60));
        object("a.jpg", 4, UPLOADED);

        assertThat(described(upload(SyncSpec.builder())))
                .containsExactly("upload: " + dir.resolve("a.jpg") + " to s3://backups/photos/a.jpg");
    }

    @Test
    void missingNamesAreTransferred_extraOnesKeptWithoutDelete_deletedWithIt() throws IOException {
        file("new/b.jpg", "b", UPLOADED);
        object("old.jpg", 3, UPLOADED);

        assertThat(described(upload(SyncSpec.builder())))
                .containsExactly("upload: " + dir.resolve("new/b.jpg") + " to s3://backups/photos/new/b.jpg");
        assertThat(described(upload(SyncSpec.builder().delete(true))))
                .containsExactly(
                        "upload: " + dir.resolve("new/b.jpg") + " to s3://backups/photos/new/b.jpg",
                        "delete: s3://backups/photos/old.jpg");
    }

    @Test
    void anEmptySourceRefusesToDelete_unlessAllowed_andOnlyWhenSomethingWouldBeDeleted() {
        object("keep.jpg", 3, UPLOADED);

        assertThatThrownBy(() -> upload(SyncSpec.builder().delete(true)))
                .isInstanceOf(SyncRefusedException.class)
                .hasMessageContaining("refusing to delete 1 entries of s3://backups/photos/")
                .hasMessageContaining("--allow-empty-source");
        assertThat(described(upload(SyncSpec.builder().delete(true).allowEmptySource(true))))
                .containsExactly("delete: s3://backups/photos/keep.jpg");
        objects.clear();
        assertThat(upload(SyncSpec.builder().delete(true)).actions()).isEmpty();
    }

    @Test
    void aSourceListedIncompletelyRefusesToDelete() {
        SyncSpec spec =
                SyncSpec.builder().source(dir).target(PREFIX).delete(true).build();
        object("gone.jpg", 3, UPLOADED);
        Side source = new Side(
                List.of(new SyncPlanner.Entry("a.jpg", 1, UPLOADED, dir.resolve("a.jpg"))),
                Set.of("secret"),
                false,
                "secret: directory not readable");

        assertThatThrownBy(() -> planner(spec).plan(source, remote(spec)))
                .isInstanceOf(SyncRefusedException.class)
                .hasMessageContaining("could not be listed completely (secret: directory not readable)");
    }

    @Test
    void namesTheSourceSkippedAreNeverDeleted() throws IOException {
        Path real = file("real.jpg", "r", UPLOADED.minusSeconds(60));
        Files.createSymbolicLink(dir.resolve("link.jpg"), real);
        object("real.jpg", 1, UPLOADED);
        object("link.jpg", 1, UPLOADED);

        assertThat(upload(SyncSpec.builder().delete(true)).actions()).isEmpty();
    }

    @Test
    void filtersApplyToBothSides_soExcludedTargetNamesAreNotDeleted() throws IOException {
        file("a.jpg", "a", UPLOADED);
        file("b.tmp", "b", UPLOADED);
        object("c.tmp", 1, UPLOADED);
        object("d.jpg", 1, UPLOADED);

        Plan plan = upload(SyncSpec.builder()
                .delete(true)
                .filter(KeyFilter.builder().exclude("*.tmp").build()));

        assertThat(described(plan))
                .containsExactly(
                        "upload: " + dir.resolve("a.jpg") + " to s3://backups/photos/a.jpg",
                        "delete: s3://backups/photos/d.jpg");
    }

    @Test
    void nonAsciiNestedNamesMatchTheirKeys() throws IOException {
        file("été/ünïcödé 日本.txt", "x", UPLOADED.minusSeconds(1));
        object("été/ünïcödé 日本.txt", 1, UPLOADED);
        file("été/😀.txt", "x", UPLOADED);

        Plan plan = upload(SyncSpec.builder().delete(true));

        assertThat(described(plan))
                .containsExactly("upload: " + dir.resolve("été/😀.txt") + " to s3://backups/photos/été/😀.txt");
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void downloadsTakeTheObjectsTime_fetchFilesOfAnotherTime_andSkipKeysThatCannotBeFileNames() throws IOException {
        file("same.txt", "abc", UPLOADED);
        file("stale.txt", "abc", UPLOADED.minusSeconds(10));
        file("edited.txt", "abd", UPLOADED.plusSeconds(30));
        object("edited.txt", 3, UPLOADED);
        file("extra.txt", "x", UPLOADED);
        object("same.txt", 3, UPLOADED.plusMillis(900));
        object("stale.txt", 3, UPLOADED);
        object("a/../../escape.txt", 3, UPLOADED);

        Plan plan = download(SyncSpec.builder().delete(true));

        assertThat(plan.actions())
                .containsExactly(
                        new ObjectAction.Download(
                                PREFIX.child("edited.txt"), dir.resolve("edited.txt"), 3, false, UPLOADED),
                        new ObjectAction.Download(
                                PREFIX.child("stale.txt"), dir.resolve("stale.txt"), 3, false, UPLOADED),
                        new ObjectAction.DeleteFile(dir.resolve("extra.txt")));
        assertThat(plan.notes())
                .singleElement()
                .asString()
                .contains("a/../../escape.txt")
                .contains("skipped");
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void prefixToPrefixCopies() {
        SyncSpec spec = SyncSpec.builder()
                .source(PREFIX)
                .target(S3Uri.parse("target", "s3://mirror/"))
                .build();
        Side source = Side.of(List.of(new SyncPlanner.Entry("a", 1, UPLOADED, null)));

        assertThat(planner(spec).plan(source, Side.of(List.of())).actions())
                .extracting(ObjectAction::describe)
                .containsExactly("copy: s3://backups/photos/a to s3://mirror/a");
    }

    @Test
    void checksumComparesEqualSizesByContent_andFallsBackToTimeWhenItCannot() throws IOException {
        file("same.bin", "1234", UPLOADED.plusSeconds(60));
        file("changed.bin", "1234", UPLOADED.minusSeconds(60));
        file("unknown.bin", "1234", UPLOADED.plusSeconds(60));
        file("resized.bin", "12345", UPLOADED);
        object("same.bin", 4, UPLOADED);
        object("changed.bin", 4, UPLOADED);
        object("unknown.bin", 4, UPLOADED);
        object("resized.bin", 4, UPLOADED);
        verdicts.put("same.bin", new Verdict(Kind.SAME, "CRC32C"));
        verdicts.put("changed.bin", new Verdict(Kind.DIFFERENT, "CRC32C"));
        verdicts.put("unknown.bin", Verdict.unknown("no stored checksum and a multipart ETag"));

        Plan plan = upload(SyncSpec.builder().checksum(true));

        assertThat(compared)
                .as("one comparison per equal size, none for another size")
                .containsExactlyInAnyOrder("same.bin", "changed.bin", "unknown.bin");
        assertThat(described(plan))
                .containsExactlyInAnyOrder(
                        "upload: " + dir.resolve("changed.bin") + " to s3://backups/photos/changed.bin",
                        "upload: " + dir.resolve("unknown.bin") + " to s3://backups/photos/unknown.bin",
                        "upload: " + dir.resolve("resized.bin") + " to s3://backups/photos/resized.bin");
        assertThat(plan.notes())
                .singleElement()
                .asString()
                .isEqualTo("unknown.bin: compared by size and time, no stored checksum and a multipart ETag");
        assertThat(plan.unchanged()).isEqualTo(1);
    }
}
