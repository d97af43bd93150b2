package dev.awsrecipes.benchmarks.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.benchmarks.harness.Knobs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadContendersTest {
    private final Knobs knobs = Knobs.from(Map.of("BENCH_CONCURRENCY", "6", "BENCH_PART_SIZE_MIB", "32"));

    @Test
    void awsCliConfig_setsTheSameConcurrencyAndPartSizeAsOursWithPathStyle() {
        assertThat(UploadContenders.awsCliConfig(knobs))
                .contains("max_concurrent_requests = 6")
                .contains("multipart_chunksize = 32MB")
                .contains("multipart_threshold = 32MB")
                .contains("addressing_style = path");
    }

    @Test
    void rcloneEnv_definesARemoteWithoutAConfigFile() {
        assertThat(UploadContenders.rcloneEnv(knobs))
                .containsEntry("RCLONE_CONFIG_LS_PROVIDER", "Other")
                .containsEntry("RCLONE_CONFIG_LS_ENDPOINT", "http://127.0.0.1:4566")
                .containsEntry("RCLONE_CONFIG_LS_FORCE_PATH_STYLE", "true")
                .containsEntry("RCLONE_CONFIG", "/dev/null");
    }

    @Test
    void listsUpload_findsTheSubcommandButNotUploadTree() {
        assertThat(UploadContenders.listsUpload("Commands:\n  upload               Upload a file\n"))
                .isTrue();
        assertThat(UploadContenders.listsUpload("Commands:\n  upload-tree          Upload a tree\n"))
                .isFalse();
    }
}
