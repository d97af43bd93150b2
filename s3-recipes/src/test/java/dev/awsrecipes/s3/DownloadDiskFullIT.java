package dev.awsrecipes.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.S3ServerTest;
import dev.awsrecipes.testing.SmallDisk;
import dev.awsrecipes.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A download into a disk that fills up (a small tmpfs: the kernel's own ENOSPC) on both servers: with
 * ranges finished, the partial file and its state files are kept and named with their sizes, and once
 * there is room a resume fetches only the rest; with none finished, they are removed.
 */
class DownloadDiskFullIT {
    private static final long MIB = S3Limits.MIB;

    @TempDir
    Path dir;

    @S3ServerTest
    void download_diskFillingUp_keepsWhatItWroteAndResumesOnceThereIsRoom(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path source = TestFiles.random(dir.resolve("source.bin"), 6 * MIB + 3, 61);
        Path mount = Files.createDirectories(dir.resolve("disk"));
        try (TestBucket bucket = new TestBucket(s3);
                SmallDisk disk = SmallDisk.of(mount, 8 * MIB)) {
            s3.putObject(r -> r.bucket(bucket.name()).key("f.bin"), RequestBody.fromFile(source));
            Path filler = TestFiles.random(disk.root().resolve("filler"), 4 * MIB, 62);
            Path target = disk.root().resolve("f.bin");

            LocalFileException full = catchThrowableOfType(
                    () -> S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                            .key("f.bin")
                            .file(target)
                            .partSize(MIB)
                            .concurrency(2)),
                    LocalFileException.class);

            assertThat(full).hasMessageContaining("No space left on device").hasMessageContaining("kept beside it");
            assertThat(full.removed()).isEmpty();
            assertThat(full.kept())
                    .extracting(k -> k.path().getFileName().toString())
                    .containsExactly(
                            ".f.bin.aws-recipes-download",
                            ".f.bin.aws-recipes-download.state",
                            ".f.bin.aws-recipes-download.state.done");
            for (LocalFileException.KeptFile kept : full.kept()) {
                assertThat(Files.size(kept.path())).as(kept.path().toString()).isEqualTo(kept.bytes());
            }
            assertThat(full.kept().get(0).bytes()).isPositive();
            assertThat(target).doesNotExist();

            Files.delete(filler);
            DownloadResult resumed = S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                    .key("f.bin")
                    .file(target)
                    .partSize(MIB)
                    .concurrency(2)
                    .resume(true));

            assertThat(resumed.partsResumed())
                    .as("ranges kept from the full disk")
                    .isPositive();
            assertThat(TestFiles.sha256(target)).isEqualTo(TestFiles.sha256(source));
            assertThat(names(disk.root())).containsExactly("f.bin");
        }
    }

    @S3ServerTest
    void download_diskFullBeforeAnyRangeFinished_removesThePartialFiles(Aws aws) throws Exception {
        S3Client s3 = aws.client(S3Recipes.S3);
        Path mount = Files.createDirectories(dir.resolve("disk"));
        try (TestBucket bucket = new TestBucket(s3);
                SmallDisk disk = SmallDisk.of(mount, MIB / 2)) {
            s3.putObject(r -> r.bucket(bucket.name()).key("g.bin"), RequestBody.fromBytes(new byte[3 * (int) MIB]));
            Path target = disk.root().resolve("g.bin");

            LocalFileException full = catchThrowableOfType(
                    () -> S3Transfers.using(aws).download(d -> d.bucket(bucket.name())
                            .key("g.bin")
                            .file(target)
                            .partSize(3 * MIB)),
                    LocalFileException.class);

            assertThat(full).hasMessageContaining("No space left on device").hasMessageContaining("was removed");
            assertThat(full.kept()).isEmpty();
            assertThat(full.removed())
                    .as("an object of one range is one GET with no state file: only the partial file was written")
                    .extracting(p -> p.getFileName().toString())
                    .containsExactly(".g.bin.aws-recipes-download");
            assertThat(names(disk.root())).isEmpty();
        }
    }

    private static java.util.List<String> names(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
