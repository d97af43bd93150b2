package dev.awsrecipes.cli.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteCommandTest {

    @Test
    void line_oneWord_isSentAsWritten() {
        assertThat(RemoteCommand.line(List.of("uptime; df -h | tail -1"))).isEqualTo("uptime; df -h | tail -1");
    }

    @Test
    void line_severalWords_areQuotedSoEachArrivesAsGiven() {
        assertThat(RemoteCommand.line(List.of("sh", "-c", "exit 3"))).isEqualTo("sh -c 'exit 3'");
        assertThat(RemoteCommand.line(List.of("echo", "it's", "", "$HOME"))).isEqualTo("echo 'it'\"'\"'s' '' '$HOME'");
    }

    @Test
    void textOutputStream_characterSplitAcrossWrites_isDecodedWhole() {
        StringWriter text = new StringWriter();
        byte[] bytes = "héllo → ✓\n".getBytes(StandardCharsets.UTF_8);

        try (TextOutputStream out = new TextOutputStream(new PrintWriter(text))) {
            for (byte b : bytes) {
                out.write(new byte[] {b}, 0, 1);
            }
        }

        assertThat(text).hasToString("héllo → ✓\n");
    }
}
