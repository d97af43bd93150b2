package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class OpenPortSpecTest {

    @Test
    void build_portsAndRanges_areKeptInOrderWithTcpByDefault() {
        OpenPortSpec spec = OpenPortSpec.builder()
                .groups("web", "admin")
                .ports(80, 443)
                .portRange(8000, 8080)
                .cidr("203.0.113.0/24")
                .build();

        assertThat(spec.ports()).containsExactly(PortRange.of(80), PortRange.of(443), new PortRange(8000, 8080));
        assertThat(spec.groups()).containsExactly("web", "admin");
        assertThat(spec.protocol()).isEqualTo("tcp");
        assertThat(spec.dryRun()).isFalse();
    }

    @Test
    void build_missingGroupsPortsOrCidr_isRejected() {
        assertThatThrownBy(() ->
                        OpenPortSpec.builder().ports(22).cidr("10.0.0.0/8").build())
                .hasMessage("groups needs at least one value");
        assertThatThrownBy(() ->
                        OpenPortSpec.builder().groups("g").cidr("10.0.0.0/8").build())
                .hasMessage("ports needs at least one value");
        assertThatThrownBy(() -> OpenPortSpec.builder().groups("g").ports(22).build())
                .hasMessage("cidr is required");
    }

    @Test
    void cidr_withoutPrefixLength_isRejectedBeforeAnyCall() {
        assertThatThrownBy(() -> OpenPortSpec.builder()
                        .groups("g")
                        .ports(22)
                        .cidr("10.0.0.1")
                        .build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("cidr \"10.0.0.1\" has no prefix length; write 10.0.0.1/32");
    }

    @Test
    void protocol_otherThanTcpOrUdp_isRejected() {
        assertThatThrownBy(() -> OpenPortSpec.builder()
                        .groups("g")
                        .ports(22)
                        .cidr("10.0.0.0/8")
                        .protocol("icmp")
                        .build())
                .hasMessage("protocol \"icmp\" must be tcp or udp");
    }

    @Test
    void portRange_parse_acceptsPortsAndRangesAndRejectsTheRest() {
        assertThat(PortRange.parse("22")).isEqualTo(PortRange.of(22));
        assertThat(PortRange.parse("8000-8080")).isEqualTo(new PortRange(8000, 8080));
        assertThat(new PortRange(8000, 8080)).hasToString("8000-8080");
        assertThatThrownBy(() -> PortRange.parse("ssh")).hasMessageStartingWith("port \"ssh\" is not a port");
        assertThatThrownBy(() -> PortRange.parse("90-80")).hasMessage("port range 90-80 ends before it starts");
        assertThatThrownBy(() -> PortRange.parse("70000")).hasMessage("port is 70000; it must be between 0 and 65535");
    }
}
