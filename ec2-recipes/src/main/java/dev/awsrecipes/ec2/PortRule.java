package dev.awsrecipes.ec2;

/**
 * One rule {@link LaunchRecipes#openPort} wrote, found, or tried in a dry run.
 *
 * @param groupName the security group's name
 * @param groupId its id; null when no group has that name
 * @param protocol {@code tcp} or {@code udp}
 * @param ports the port range
 * @param cidr who is let in
 * @param outcome what happened
 * @param detail EC2's answer for failed dry runs and missing groups; empty otherwise
 */
public record PortRule(
        String groupName,
        String groupId,
        String protocol,
        PortRange ports,
        String cidr,
        Outcome outcome,
        String detail) {

    /** What happened to one rule. */
    public enum Outcome {
        /** The rule was added. */
        AUTHORIZED,
        /** The group had the rule already. */
        ALREADY_PRESENT,
        /** Dry run: EC2 says the call would succeed. */
        WOULD_SUCCEED,
        /** Dry run: EC2 says the call would fail; the detail says why. */
        WOULD_FAIL
    }
}
