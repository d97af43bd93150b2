package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.core.Environment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user-data} builds bytes locally; it makes no AWS call. */
class UserDataCommandTest {
    private static final Environment ISOLATED = Environment.of(Map.of(
            "AWS_CONFIG_FILE", "/nonexistent/config", "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"));

    @Test
    void userData_multipartJson_reportsSizeAndBase64OfAMimePackage(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("config.yml"), "packages: [nginx]\n");
        Path script = Files.writeString(dir.resolve("run.sh"), "#!/bin/sh\necho hi\n");

        CliResult result = InstanceCli.runWith(
                ISOLATED,
                "user-data",
                "--cloud-config",
                config.toString(),
                "--shell-script",
                script.toString(),
                "--part",
                "text/x-custom=" + script,
                "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        String mime = new String(Base64.getDecoder().decode(json.get("base64").asText()), StandardCharsets.UTF_8);
        assertThat(mime).contains("multipart/mixed", "text/cloud-config", "text/x-shellscript", "text/x-custom");
        assertThat(json.get("bytes").asInt()).isEqualTo(mime.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void userData_gzipToFile_writesGzipBytes(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("run.sh"), "#!/bin/sh\necho hi\n");
        Path out = dir.resolve("user-data.gz");

        CliResult result = InstanceCli.runWith(
                ISOLATED, "user-data", "--shell-script", script.toString(), "--gzip", "--output", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
        assertThat(bytes[1] & 0xff).isEqualTo(0x8b);
    }

    @Test
    void userData_over16KiB_exits2NamingTheSize(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.sh"), "x".repeat(20_000));

        CliResult result = InstanceCli.runWith(ISOLATED, "user-data", "--script", big.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("20000 bytes").hasLineCount(1);
    }
}
