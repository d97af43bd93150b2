package dev.awsrecipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsrecipes.core.Environment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, loaded into a real bash and asked to complete. */
class CompletionTest {
    @TempDir
    Path dir;

    private String complete(Path script, String... words) throws Exception {
        String array = String.join(" ", words);
        String line = "source " + script + "; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; _complete_aws-recipes 2>/dev/null; echo \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "-c", line).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(bash.waitFor()).isZero();
        return out;
    }

    @Test
    void completionBash_completesCommandsAndTheirOptions() throws Exception {
        CliResult result = CliRun.withEnvironment(Environment.of(Map.of()), "completion", "bash");
        Path script = Files.writeString(dir.resolve("aws-recipes.bash"), result.out());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("complete -F _complete_aws-recipes");
        assertThat(complete(script, "aws-recipes", "upl")).isEqualTo("upload upload-tree");
        assertThat(complete(script, "aws-recipes", "upload", "--par")).isEqualTo("--part-size");
        assertThat(complete(script, "aws-recipes", "get-object", "--bu")).isEqualTo("--bucket");
    }

    @Test
    void completionZsh_isTheSameScript_whichLoadsZshsBashEmulationItself() {
        CliResult zsh = CliRun.withEnvironment(Environment.of(Map.of()), "completion", "zsh");
        CliResult bash = CliRun.withEnvironment(Environment.of(Map.of()), "completion", "bash");

        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).isEqualTo(bash.out()).contains("bashcompinit");
    }
}
