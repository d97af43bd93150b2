package dev.awsrecipes.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcTest {

    @Test
    void maxRssMib_readsGnuTimeVerboseOutput() {
        String output =
                """
                \tCommand being timed: "curl"
                \tUser time (seconds): 0.10
                \tMaximum resident set size (kbytes): 204800
                \tExit status: 0
                """;

        assertThat(Proc.maxRssMib(output)).isEqualTo(200.0);
    }

    @Test
    void maxRssMib_withoutTheLine_isNaN() {
        assertThat(Proc.maxRssMib("Command exited with non-zero status 1")).isNaN();
    }

    @Test
    void lastError_namesTheExitCodeAndTheLastLine() {
        Proc.Result r = new Proc.Result(2, 1.0, 10.0, "", "warning\nfatal: no such bucket\n");

        assertThat(r.ok()).isFalse();
        assertThat(r.lastError()).isEqualTo("exit 2: fatal: no such bucket");
    }
}
