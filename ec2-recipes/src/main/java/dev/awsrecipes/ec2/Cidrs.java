package dev.awsrecipes.ec2;

import dev.awsrecipes.core.InvalidArgumentException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Validation of IPv4 and IPv6 CIDR blocks, done before any call so EC2 never sees a bad one. */
final class Cidrs {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

    private Cidrs() {}

    /**
     * The CIDR, if it is an IPv4 or IPv6 address with a prefix length in range; otherwise an {@link
     * InvalidArgumentException} naming the argument, e.g. {@code cidr "10.0.0.1" has no prefix length;
     * write 10.0.0.1/32}.
     */
    static String check(String argument, String cidr) {
        if (cidr == null || cidr.isBlank()) {
            throw new InvalidArgumentException(argument, argument + " is required, e.g. 203.0.113.7/32");
        }
        String value = cidr.strip();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        boolean v6 = address.contains(":");
        if (!(v6 ? isIpv6Address(address) : isIpv4Address(address))) {
            throw new InvalidArgumentException(
                    argument, argument + " \"" + cidr + "\" is not an IPv4 or IPv6 address with a prefix length");
        }
        int max = v6 ? 128 : 32;
        if (slash < 0) {
            throw new InvalidArgumentException(
                    argument, argument + " \"" + cidr + "\" has no prefix length; write " + address + "/" + max);
        }
        String prefix = value.substring(slash + 1);
        if (!PREFIX.matcher(prefix).matches() || Integer.parseInt(prefix) > max) {
            throw new InvalidArgumentException(
                    argument,
                    argument + " \"" + cidr + "\" has prefix length \"" + prefix + "\"; it must be 0 to " + max);
        }
        return address + "/" + Integer.parseInt(prefix);
    }

    private static boolean isIpv4Address(String address) {
        var m = IPV4.matcher(address);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            String octet = m.group(i);
            if (Integer.parseInt(octet) > 255 || (octet.length() > 1 && octet.startsWith("0"))) {
                return false;
            }
        }
        return true;
    }

    /** Parses only literals: the pattern admits hex digits, colons and dots, so no name lookup can happen. */
    private static boolean isIpv6Address(String address) {
        if (!IPV6.matcher(address).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).getAddress().length == 16;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
