package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.CreateIfMissing;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/** Security groups by name, and their ingress rules. */
final class SecurityGroups {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityGroups.class);

    private SecurityGroups() {}

    /**
     * The groups with this name (one per VPC at most). A filter is used rather than {@code GroupNames},
     * which only sees the default VPC and fails instead of returning nothing.
     */
    public static List<SecurityGroup> findAll(Ec2Client ec2, String groupName) {
        return ec2
                .describeSecurityGroupsPaginator(r -> r.filters(
                        Filter.builder().name("group-name").values(groupName).build()))
                .securityGroups()
                .stream()
                .toList();
    }

    /** The group of that name; the first when several VPCs have one. */
    public static Optional<SecurityGroup> find(Ec2Client ec2, String groupName) {
        List<SecurityGroup> groups = findAll(ec2, groupName);
        if (groups.size() > 1) {
            LOG.warn(
                    "{} security groups are named {}; using {}",
                    groups.size(),
                    groupName,
                    groups.get(0).groupId());
        }
        return groups.stream().findFirst();
    }

    /** The group's id, creating the group (in the default VPC) when there is none of that name. */
    public static CreateIfMissing.Outcome<String> ensure(Ec2Client ec2, String groupName, String description) {
        return CreateIfMissing.getOrCreate(
                () -> find(ec2, groupName).map(SecurityGroup::groupId),
                () -> ec2.createSecurityGroup(r -> r.groupName(groupName).description(description))
                        .groupId());
    }

    /** One ingress rule: the protocol and ports from the CIDR (IPv4 or IPv6). */
    public static IpPermission rule(String protocol, int fromPort, int toPort, String cidr) {
        IpPermission.Builder rule =
                IpPermission.builder().ipProtocol(protocol).fromPort(fromPort).toPort(toPort);
        // The specs checked the CIDR already; of the two forms, only IPv6 has colons.
        if (cidr.contains(":")) {
            rule.ipv6Ranges(r -> r.cidrIpv6(cidr));
        } else {
            rule.ipRanges(r -> r.cidrIp(cidr));
        }
        return rule.build();
    }

    /** Authorizes the rule on the group; false when it was there already (a duplicate is not an error). */
    public static boolean authorize(Ec2Client ec2, String groupId, IpPermission rule) {
        return CreateIfMissing.run(
                () -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(rule)));
    }
}
