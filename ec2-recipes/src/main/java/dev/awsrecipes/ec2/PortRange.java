package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;

/**
 * A range of ports, {@code from} to {@code to} inclusive.
 *
 * @param from the first port
 * @param to the last port
 */
public record PortRange(int from, int to) {
    /** Checks that both ends are ports (0 to 65535) and the range does not end before it starts. */
    public PortRange {
        Check.inRange(from, 0, 65535, "port");
        Check.inRange(to, 0, 65535, "port");
        Check.that(from <= to, "port range", from + "-" + to + " ends before it starts");
    }

    /** One port. */
    public static PortRange of(int port) {
        return new PortRange(port, port);
    }

    /** {@code 22} or {@code 8000-8080}. */
    public static PortRange parse(String text) {
        Check.notBlank(text, "port");
        String[] parts = text.strip().split("-", -1);
        try {
            if (parts.length == 1) {
                return of(Integer.parseInt(parts[0]));
            }
            if (parts.length == 2) {
                return new PortRange(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below, which says what is expected
        }
        throw new InvalidArgumentException(
                "port", "port \"" + text + "\" is not a port like 22 or a range like 8000-8080");
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
