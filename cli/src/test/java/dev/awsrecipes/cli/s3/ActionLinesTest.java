package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.s3.LocalFileException;
import dev.awsrecipes.s3.ObjectAction;
import dev.awsrecipes.s3.S3Uri;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each step of cp, mv, rm and sync is printed: as aws s3 prints it, as JSON Lines, and what a full disk left. */
class ActionLinesTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectAction.Download download = new ObjectAction.Download(
            new S3Uri("team-logs", "2026/a b.gz"), Path.of("/data/restore/a b.gz"), 3 << 20, false);

    private LocalFileException diskFull() {
        return new LocalFileException(
                        Path.of("/data/restore/a b.gz"), "write", new IOException("No space left on device"))
                .leaving(
                        List.of(
                                new LocalFileException.KeptFile(
                                        Path.of("/data/restore/.a b.gz.aws-recipes-download"), 2 << 20),
                                new LocalFileException.KeptFile(
                                        Path.of("/data/restore/.a b.gz.aws-recipes-download.state"), 300)),
                        List.of());
    }

    @Test
    void doneStepsGoToStdoutAsAwsS3PrintsThem() {
        new ActionLines(new PrintWriter(out), new PrintWriter(err), false).finished(download, null);
        assertThat(out)
                .hasToString("download: s3://team-logs/2026/a b.gz to /data/restore/a b.gz" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDownloadStoppedByAFullDiskSaysWhatItKeptAndHowToFreeIt() {
        new ActionLines(new PrintWriter(out), new PrintWriter(err), false).finished(download, diskFull());

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0))
                    .startsWith("failed: download: s3://team-logs/2026/a b.gz to /data/restore/a b.gz: ");
            assertThat(lines.get(1))
                    .isEqualTo("  kept for a resume: /data/restore/.a b.gz.aws-recipes-download (2.0 MiB),"
                            + " /data/restore/.a b.gz.aws-recipes-download.state (300 B), 2.0 MiB in all;"
                            + " free space and run the same command again to continue it");
            assertThat(lines.get(2))
                    .isEqualTo("  or free their space: rm -f -- '/data/restore/.a b.gz.aws-recipes-download'"
                            + " '/data/restore/.a b.gz.aws-recipes-download.state'");
        });
    }

    @Test
    void jsonLinesAreOneObjectALineWithWhatWasKept() {
        new ActionLines(new PrintWriter(out), new PrintWriter(err), true).finished(download, diskFull());

        assertThat(out.toString().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("{\"action\":\"download\",\"source\":\"s3://team-logs/2026/a b.gz\",")
                .contains("\"kept\":[{\"path\":\"/data/restore/.a b.gz.aws-recipes-download\",\"bytes\":2097152}"));
    }
}
