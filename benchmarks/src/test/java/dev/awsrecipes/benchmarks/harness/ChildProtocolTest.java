package dev.awsrecipes.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildProtocolTest {

    @Test
    void line_thenParse_givesTheSameValuesBack() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("seconds", 1.5);
        values.put("requests", 12L);

        String stdout = "some log line\n" + ChildProtocol.line(values) + "\nchecksum 42\n";

        assertThat(ChildProtocol.parse(stdout)).containsExactly(Map.of("seconds", "1.500000000", "requests", "12"));
    }

    @Test
    void parse_severalRuns_keepsTheirOrder() {
        String stdout = "RESULT seconds=1\nRESULT seconds=2\n";

        assertThat(ChildProtocol.parse(stdout))
                .extracting(m -> m.get("seconds"))
                .containsExactly("1", "2");
    }

    @Test
    void line_valueWithASpace_isRejected() {
        assertThatThrownBy(() -> ChildProtocol.line(Map.of("note", "two words")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
