package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrsTest {

    @ParameterizedTest
    @CsvSource({
        "203.0.113.7/32, 203.0.113.7/32",
        "0.0.0.0/0, 0.0.0.0/0",
        "' 10.0.0.0/8 ', 10.0.0.0/8",
        "10.1.2.3/08, 10.1.2.3/8",
        "2001:db8::/64, 2001:db8::/64",
        "::/0, ::/0"
    })
    void check_validCidr_isReturnedNormalized(String cidr, String expected) {
        assertThat(Cidrs.check("cidr", cidr)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.1, 10.0.0.1/32", "2001:db8::1, 2001:db8::1/128"})
    void check_addressWithoutPrefix_isRejectedWithTheFix(String cidr, String fix) {
        assertThatThrownBy(() -> Cidrs.check("cidr", cidr))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("cidr \"" + cidr + "\" has no prefix length; write " + fix)
                .extracting(e -> ((InvalidArgumentException) e).argument())
                .isEqualTo("cidr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.256/32", "10.0.0/24", "010.0.0.1/32", "example.com/32", "1.2.3.4.5/32", "::g/64"})
    void check_invalidAddress_isRejected(String cidr) {
        assertThatThrownBy(() -> Cidrs.check("cidr", cidr))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("cidr \"" + cidr + "\" is not an IPv4 or IPv6 address with a prefix length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "2001:db8::/129"})
    void check_prefixOutOfRange_isRejected(String cidr) {
        assertThatThrownBy(() -> Cidrs.check("cidr", cidr))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("has prefix length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void check_blank_isRejected(String cidr) {
        assertThatThrownBy(() -> Cidrs.check("cidr", cidr)).isInstanceOf(InvalidArgumentException.class);
    }
}
