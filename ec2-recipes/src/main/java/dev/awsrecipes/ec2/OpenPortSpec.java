package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import dev.awsrecipes.ec2.internal.Cidrs;
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
 */
public final class OpenPortSpec {
    private final List<String> groups;
    private final List<PortRange> ports;
    private final String protocol;
    private final String cidr;
    private final boolean dryRun;

    private OpenPortSpec(Builder b) {
        Check.notEmpty(b.groups, "groups").forEach(g -> Check.notBlank(g, "group"));
        this.groups = List.copyOf(b.groups);
        Check.notEmpty(b.ports, "ports").forEach(p -> Check.notNull(p, "port"));
        this.ports = List.copyOf(b.ports);
        this.protocol = checkProtocol(b.protocol);
        this.cidr = Cidrs.check("cidr", Check.notNull(b.cidr, "cidr"));
        this.dryRun = b.dryRun;
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

    /** The security group names. */
    public List<String> groups() {
        return groups;
    }

    /** The port ranges to open. */
    public List<PortRange> ports() {
        return ports;
    }

    /** {@code tcp} (default) or {@code udp}. */
    public String protocol() {
        return protocol;
    }

    /** The checked CIDR, e.g. {@code 203.0.113.7/32} or {@code 2001:db8::/64}. */
    public String cidr() {
        return cidr;
    }

    /** Ask EC2 whether the calls would succeed ({@code DryRun}) without changing anything. */
    public boolean dryRun() {
        return dryRun;
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
            return new OpenPortSpec(this);
        }
    }
}
