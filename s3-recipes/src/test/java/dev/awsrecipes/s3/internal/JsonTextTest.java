package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifest's JSON reader: the whole grammar, and nothing that is not JSON. */
class JsonTextTest {

    @Test
    void parse_nestedDocument_givesMapsListsAndValues() {
        Object value =
                JsonText.parse(" {\"a\" : [1, -2.5e3, true, false, null, \"x\"], \"b\": {\"c\": {}}, \"d\": []}\n");

        assertThat(value)
                .isEqualTo(Map.of(
                        "a",
                        java.util.Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, null, "x"),
                        "b",
                        Map.of("c", Map.of()),
                        "d",
                        List.of()));
    }

    @Test
    void parse_escapes_areDecodedIncludingSurrogatePairs() {
        Object value = JsonText.parse("\"q\\\" s\\\\ \\/ \\n\\t \\u00e9 \\ud83d\\ude00\"");

        assertThat(value).isEqualTo("q\" s\\ / \n\t é \uD83D\uDE00");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{",
                "{\"a\":1,}",
                "[1,]",
                "{\"a\":1}x",
                "{a:1}",
                "{\"a\":1,\"a\":2}",
                "\"open",
                "\"tab\there\"",
                "01",
                "1.",
                "-",
                "tru",
                "\"\\x\"",
                "\"\\u12\""
            })
    void parse_notJson_isRefusedWithWhere(String text) {
        assertThatThrownBy(() -> JsonText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not JSON at character ");
    }

    @Test
    void parse_deepNesting_isRefusedNotAStackOverflow() {
        assertThatThrownBy(() -> JsonText.parse("[".repeat(10_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested deeper than");
    }
}
