package dev.awsrecipes.benchmarks.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioChartTest {
    @Test
    void fields_quotedNamesWithCommas_comeBackWhole() {
        assertThat(RatioChart.fields("upload,1KiB,\"ours, bin/aws-recipes\",1,0.650,0.600,106.0,"))
                .containsExactly("upload", "1KiB", "ours, bin/aws-recipes", "1", "0.650", "0.600", "106.0", "");
        assertThat(RatioChart.fields("a,\"say \"\"hi\"\", then\",c")).containsExactly("a", "say \"hi\", then", "c");
    }

    @Test
    void main_writesOnePngPerOperation(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("runs.csv");
        Files.writeString(
                csv,
                String.join(
                        "\n",
                        "operation,size,contender,run,wall_s,cpu_s,peak_rss_mib,error",
                        "upload,1KiB,\"ours, cli\",1,0.500,0.400,100.0,",
                        "upload,1KiB,peer,1,0.250,0.100,20.0,",
                        "download,1KiB,\"ours, cli\",1,0.400,0.400,100.0,",
                        "download,1KiB,peer,1,nan,nan,nan,\"exit 1, no such key\"",
                        ""),
                StandardCharsets.UTF_8);

        RatioChart.main(new String[] {csv.toString(), dir.toString(), "vg", "ours, cli"});

        assertThat(dir.resolve("vg-upload.png")).isNotEmptyFile();
        assertThat(dir.resolve("vg-download.png")).isNotEmptyFile();
        assertThat(Files.readAllBytes(dir.resolve("vg-upload.png"))).startsWith(0x89, 'P', 'N', 'G');
    }
}
