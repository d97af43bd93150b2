package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.s3.internal.BucketDu.FolderStep;
import dev.awsrecipes.s3.internal.BucketDu.RangeStep;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plan bucketDu makes after a full first page, and the rules that keep a step from counting what
 * another step counts, whatever a server does with a start key.
 */
class BucketDuPlanTest {
    @Test
    void afterFirstPage_lastKeyInAFolder_continuesThatFolderAndListsFoldersPastItsEnd() {
        assertThat(BucketDu.afterFirstPage("", "data/obj-00999"))
                .containsExactly(
                        new RangeStep("data/", new KeyRange("data/obj-00999", null, null), false),
                        new FolderStep("", Folders.pastEnd("data/"), "data/"));
    }

    @Test
    void afterFirstPage_lastKeyInANestedFolder_continuesTheTopLevelFolder() {
        assertThat(BucketDu.afterFirstPage("", "q/r/0123"))
                .containsExactly(
                        new RangeStep("q/", new KeyRange("q/r/0123", null, null), false),
                        new FolderStep("", Folders.pastEnd("q/"), "q/"));
    }

    @Test
    void afterFirstPage_looseLastKey_listsFoldersFromThatKey() {
        assertThat(BucketDu.afterFirstPage("", "loose-00699")).containsExactly(new FolderStep("", "loose-00699", null));
    }

    @Test
    void afterFirstPage_withAPrefix_findsFoldersBelowThePrefix() {
        assertThat(BucketDu.afterFirstPage("logs/", "logs/2024/01.gz"))
                .containsExactly(
                        new RangeStep("logs/2024/", new KeyRange("logs/2024/01.gz", null, null), false),
                        new FolderStep("logs/", Folders.pastEnd("logs/2024/"), "logs/2024/"));
        assertThat(BucketDu.afterFirstPage("logs/obj-01", "logs/obj-01999"))
                .containsExactly(new FolderStep("logs/obj-01", "logs/obj-01999", null));
    }

    @Test
    void folderStep_ignoresTheContinuedFolderHoweverTheServerReportsIt() {
        FolderStep step = new FolderStep("", Folders.pastEnd("data/"), "data/");

        assertThat(step.owns("data/"))
                .as("the folder as a common prefix (LocalStack)")
                .isFalse();
        assertThat(step.owns("data/obj-02000")).as("a key of the folder").isFalse();
        assertThat(step.owns(Folders.pastEnd("data/") + "x"))
                .as("a key sorting after the start")
                .isFalse();
        assertThat(step.owns("data0")).isTrue();
        assertThat(step.owns("data-x"))
                .as("before the start: counted by the first page")
                .isFalse();
        assertThat(step.owns("logs/")).isTrue();
        assertThat(step.owns("é/")).isTrue();
    }

    @Test
    void pastEnd_isTheLastKeyTheFolderCanHold() {
        String end = Folders.pastEnd("data/");

        assertThat(end.getBytes(StandardCharsets.UTF_8)).hasSize(Folders.MAX_KEY_BYTES);
        assertThat(KeyRanges.compare("data/zzz", end)).isNegative();
        assertThat(KeyRanges.compare("data/\uFFFD\uFFFD", end)).isNegative();
        assertThat(KeyRanges.compare("data/" + "\uD83D\uDE00".repeat(254) + "\uFFFD", end))
                .as("a 1,024-byte key of emoji")
                .isNegative();
        assertThat(KeyRanges.compare("data/" + "z".repeat(1019), end)).isNegative();
        assertThat(KeyRanges.compare("data/" + new String(Character.toChars(0x10FFFF)).repeat(254) + "\u07FF~", end))
                .as("the largest characters, to the last byte")
                .isNegative();
        assertThat(KeyRanges.compare("data0", end)).isPositive();
        assertThat(KeyRanges.compare("data/", end)).isNegative();
        assertThat(Folders.pastEnd("odd/"))
                .as("1,020 bytes left: 255 four-byte characters")
                .endsWith(new String(Character.toChars(0x10FFFF)));
        assertThat(Folders.pastEnd("odd-/").getBytes(StandardCharsets.UTF_8)).hasSize(1024);
    }

    @Test
    void holding_findsTheTopLevelFolderUnderThePrefix() {
        assertThat(Folders.holding("", "a/b/c")).isEqualTo("a/");
        assertThat(Folders.holding("", "loose")).isNull();
        assertThat(Folders.holding("a/", "a/b/c")).isEqualTo("a/b/");
        assertThat(Folders.holding("a/", "a/c")).isNull();
        assertThat(Folders.holding("", "ü/1")).isEqualTo("ü/");
        assertThatThrownBy(() -> Folders.holding("b/", "a/c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void precedes_objects_dropsTheStartKeyAndWhatSortsBeforeIt() {
        KeyRange range = new KeyRange("data/obj-00999", null, null);

        assertThat(range.precedes("data/obj-00999")).isTrue();
        assertThat(range.precedes("data/obj-00998")).isTrue();
        assertThat(range.precedes("data/obj-01000")).isFalse();
        assertThat(KeyRange.ALL.precedes("anything")).isFalse();
    }

    @Test
    void precedes_versionsAfterAWholeKey_dropsEveryVersionOfIt() {
        // AWS starts after the key marker; versitygw lists the key again.
        KeyRange cut = new KeyRange("obj-04", null, null);

        assertThat(cut.precedes("obj-04", "v1")).isTrue();
        assertThat(cut.precedes("obj-04", "null")).isTrue();
        assertThat(cut.precedes("obj-040", "v1")).isFalse();
    }

    @Test
    void precedes_versionsAfterAVersion_dropsOnlyTheVersionsAlreadySeen() {
        // versitygw repeats a delete marker named as VersionIdMarker, and an unversioned object's "null".
        KeyRange rest = KeyRange.ALL.continuedAt("b", "m1", Set.of("m1"));

        assertThat(rest.precedes("b", "m1")).isTrue();
        assertThat(rest.precedes("b", "v2")).isFalse();
        assertThat(rest.precedes("a", "v9")).isTrue();
        assertThat(rest.precedes("c", "v1")).isFalse();
    }

    @Test
    void continuedAt_sameKeyAgain_remembersEveryVersionSeenOfIt() {
        KeyRange first = KeyRange.ALL.continuedAt("k", "v2", Set.of("v1", "v2"));

        KeyRange second = first.continuedAt("k", "v4", Set.of("v3", "v4"));
        KeyRange third = second.continuedAt("l", "v1", Set.of("v1"));

        assertThat(second.seenAtAfterKey()).containsExactlyInAnyOrder("v1", "v2", "v3", "v4");
        assertThat(third.seenAtAfterKey()).containsExactly("v1");
        assertThat(third.precedes("k", "v5")).as("an earlier key").isTrue();
    }

    @Test
    void split_firstRangeKeepsTheVersionsSeenAtItsStart() {
        KeyRange rest = KeyRange.ALL.continuedAt("a5", "v1", Set.of("v1"));

        assertThat(KeyRanges.split("", "a0", rest, 2))
                .containsExactly(new KeyRange("a5", "v1", Set.of("v1"), "b"), new KeyRange("b", null, null));
    }
}
