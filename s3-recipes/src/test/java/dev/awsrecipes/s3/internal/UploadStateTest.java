package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadStateTest {
    @TempDir
    Path dir;

    @Test
    void writeThenRead_givesTheSameState() throws Exception {
        Path file = Files.write(dir.resolve("f"), new byte[200_000]);
        Path stateFile = UploadState.location(dir.resolve("state"), file, "bucket-1", "a/key");
        UploadState state = UploadState.begin("upload-1", file, 5 << 20);

        state.write(stateFile, file, "bucket-1", "a/key");

        assertThat(UploadState.read(stateFile)).contains(state);
        assertThat(state.changeIn(file)).isEmpty();
    }

    @Test
    void location_differsPerKeyAndPerFile() {
        Path a = UploadState.location(dir, dir.resolve("f"), "b-1", "k1");
        assertThat(a).isNotEqualTo(UploadState.location(dir, dir.resolve("f"), "b-1", "k2"));
        assertThat(a).isNotEqualTo(UploadState.location(dir, dir.resolve("g"), "b-1", "k1"));
    }

    @Test
    void changeIn_sameSizeAndTimeButOtherBytes_isNoticed() throws Exception {
        Path file = Files.write(dir.resolve("f"), new byte[200_000]);
        UploadState state = UploadState.begin("u", file, 5 << 20);
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] changed = new byte[200_000];
        changed[0] = 1;
        Files.write(file, changed);
        Files.setLastModifiedTime(file, modified);

        assertThat(state.changeIn(file)).hasValueSatisfying(m -> assertThat(m).contains("content differs"));
    }

    @Test
    void changeIn_grownFile_namesTheSizes() throws Exception {
        Path file = Files.write(dir.resolve("f"), new byte[10]);
        UploadState state = UploadState.begin("u", file, 5 << 20);
        Files.write(file, new byte[11]);

        assertThat(state.changeIn(file)).hasValueSatisfying(m -> assertThat(m).contains("11 bytes, was 10"));
    }

    @Test
    void read_missingFile_isEmpty() {
        assertThat(UploadState.read(dir.resolve("none.upload"))).isEmpty();
    }
}
