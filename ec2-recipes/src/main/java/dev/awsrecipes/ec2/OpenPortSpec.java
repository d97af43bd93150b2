package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What {@link LaunchRecipes#openPort} authorizes: ports of a protocol from a CIDR, on named security
 * groups, optionally as a dry run.
 *
 * <pre>{@code
 * ec2.openPort(p -> p.groups("web").ports(80, 443).cidr("203.0.113.0/24"));
 * }</pre>
 *
 * @param groups the security group names
 * @param ports the port ranges to open
 * @param protocol {@code tcp} (default) or {@code udp}
 * @param cidr the checked CIDR, e.g. {@code 203.0.113.7/32} or {@code 2001:db8::/64}
 * @param dryRun ask EC2 whether the calls would succeed ({@code DryRun}) without changing anything
 */
public record OpenPortSpec(List<String> groups, List<PortRange> ports, String protocol, String cidr, boolean dryRun) {

    /** Checks every value; the protocol is kept in lower case, the CIDR in its normal form. */
    public OpenPortSpec {
        Check.notEmpty(groups, "groups").forEach(g -> Check.notBlank(g, "group"));
        groups = List.copyOf(groups);
        Check.notEmpty(ports, "ports").forEach(p -> Check.notNull(p, "port"));
        ports = List.copyOf(ports);
        protocol = checkProtocol(protocol);
        cidr = Cidrs.check("cidr", Check.notNull(cidr, "cidr"));
    }

    /** {@code tcp} or {@code udp}, any case, as lower case. */
    private static String checkProtocol(String protocol) {
        Check.notBlank(protocol, "protocol");
        String p = protocol.toLowerCase(Locale.ROOT);
        Check.that(p.equals("tcp") || p.equals("udp"), "protocol", "\"" + protocol + "\" must be tcp or udp");
        return p;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OpenPortSpec}; the setters only collect, {@link #build()} checks every setting. */
    public static final class Builder implements SpecBuilder<Builder, OpenPortSpec> {
        private final List<String> groups = new ArrayList<>();
        private final List<PortRange> ports = new ArrayList<>();
        private String protocol = "tcp";
        private String cidr;
        private boolean dryRun;

        private Builder() {}

        /** Adds security groups by name; null adds none. */
        public Builder groups(String... names) {
            return groups(names == null ? List.of() : Arrays.asList(names));
        }

        /** Adds security groups by name; null adds none. */
        public Builder groups(Collection<String> names) {
            if (names != null) {
                groups.addAll(names);
            }
            return this;
        }

        /** Adds single ports; null adds none. */
        public Builder ports(int... ports) {
            if (ports != null) {
                Arrays.stream(ports).forEach(port -> this.ports.add(PortRange.of(port)));
            }
            return this;
        }

        /** Adds a port range; {@link PortRange} checks its ends. */
        public Builder portRange(int from, int to) {
            ports.add(new PortRange(from, to));
            return this;
        }

        /** Adds port ranges; null adds none. */
        public Builder ports(Collection<PortRange> ranges) {
            if (ranges != null) {
                ports.addAll(ranges);
            }
            return this;
        }

        /** {@code tcp} (default) or {@code udp}, any case. */
        public Builder protocol(String protocol) {
            this.protocol = protocol;
            return this;
        }

        /** The address allowed in, with its prefix length: {@code 203.0.113.7/32}, not {@code 203.0.113.7}. */
        public Builder cidr(String cidr) {
            this.cidr = cidr;
            return this;
        }

        /** Ask EC2 whether the calls would succeed ({@code DryRun}) without changing anything. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** The spec; it checks every setting ({@code InvalidArgumentException} names a bad one). */
        @Override
        public OpenPortSpec build() {
            return new OpenPortSpec(groups, ports, protocol, cidr, dryRun);
        }
    }
}
