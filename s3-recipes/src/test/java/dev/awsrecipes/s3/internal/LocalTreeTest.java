package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.s3.KeyFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local side of a sync: names as keys, links not followed, our partial downloads left out, safe paths. */
class LocalTreeTest {
    @TempDir
    Path dir;

    private void write(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
    }

    @Test
    void namesAreRelativeWithSlashes_linksAndPartialDownloadsAreNotFiles() throws IOException {
        write("a/b/ünï 日本.txt");
        write("top.txt");
        write("a/.x.bin.aws-recipes-download");
        write("a/.x.bin.aws-recipes-download.state");
        Files.createSymbolicLink(dir.resolve("a/link"), dir.resolve("top.txt"));
        Files.createSymbolicLink(dir.resolve("linkedDir"), dir.resolve("a"));

        LocalTree.Listing listing = LocalTree.walk(dir, KeyFilter.all());

        assertThat(listing.files()).extracting(LocalTree.Entry::name).containsExactly("a/b/ünï 日本.txt", "top.txt");
        assertThat(listing.files().get(1).file()).isEqualTo(dir.resolve("top.txt"));
        assertThat(listing.skipped())
                .extracting(LocalTree.Skipped::name, LocalTree.Skipped::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a/link", "symbolic link (not followed)"),
                        org.assertj.core.groups.Tuple.tuple("linkedDir", "symbolic link (not followed)"));
        assertThat(listing.complete()).isTrue();
    }

    @Test
    void aLinkedRootIsFollowed_butNamedAsGiven_andAMissingRootIsEmpty() throws IOException {
        write("real/x.txt");
        Path link = Files.createSymbolicLink(dir.resolve("current"), dir.resolve("real"));

        assertThat(LocalTree.walk(link, KeyFilter.all()).files())
                .extracting(LocalTree.Entry::file)
                .containsExactly(link.resolve("x.txt"));
        assertThat(LocalTree.walk(dir.resolve("none"), KeyFilter.all()).files()).isEmpty();
    }

    @Test
    void theFilterDecidesOnRelativeNames() throws IOException {
        write("logs/a.log");
        write("logs/a.tmp");

        assertThat(LocalTree.walk(
                                dir,
                                KeyFilter.builder()
                                        .exclude("*")
                                        .include("logs/*.log")
                                        .build())
                        .files())
                .extracting(LocalTree.Entry::name)
                .containsExactly("logs/a.log");
    }

    @Test
    void keysThatCouldEscapeTheDirectoryHaveNoFile() {
        assertThat(LocalTree.fileFor(dir, "a/b c/ü.txt"))
                .isEqualTo(dir.resolve("a").resolve("b c").resolve("ü.txt"));
        assertThat(LocalTree.fileFor(dir, "../x")).isNull();
        assertThat(LocalTree.fileFor(dir, "a/../../x")).isNull();
        assertThat(LocalTree.fileFor(dir, "a//x")).isNull();
        assertThat(LocalTree.fileFor(dir, "./x")).isNull();
        assertThat(LocalTree.fileFor(dir, "folder/")).isNull();
        assertThat(LocalTree.fileFor(dir, "/etc/passwd")).isNull();
    }
}
