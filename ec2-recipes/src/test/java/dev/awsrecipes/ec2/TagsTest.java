package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void parseAll_keyValuePairs_keepOrderAndAllowEmptyValuesAndEqualsSigns() {
        assertThat(Tags.parseAll(List.of("Name=web", "empty=", "expr=a=b")))
                .containsExactly(Map.entry("Name", "web"), Map.entry("empty", ""), Map.entry("expr", "a=b"));
    }

    @Test
    void parse_bareName_isAKeyWithAnEmptyValue_asTheCookbookTagsItsInstances() {
        assertThat(Tags.parse("paws")).isEqualTo(Map.entry("paws", ""));
        assertThat(Tags.parseAll(List.of("paws", "Name=web")))
                .containsExactly(Map.entry("paws", ""), Map.entry("Name", "web"));
    }

    @Test
    void parse_withoutKey_isRejected() {
        assertThatThrownBy(() -> Tags.parse("=web"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("tag \"=web\" has no key; write KEY=VALUE or KEY");
    }

    @Test
    void check_reservedOrTooLong_isRejected() {
        assertThatThrownBy(() -> Tags.check("AWS:cloudformation", "x")).hasMessageContaining("reserves");
        assertThatThrownBy(() -> Tags.check("k".repeat(129), "x")).hasMessageContaining("longer than 128");
        assertThatThrownBy(() -> Tags.check("k", "v".repeat(257))).hasMessageContaining("longer than 256");
    }
}
