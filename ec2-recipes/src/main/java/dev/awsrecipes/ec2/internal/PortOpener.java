package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.AwsErrors;
import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.ec2.OpenPortSpec;
import dev.awsrecipes.ec2.PortOpening;
import dev.awsrecipes.ec2.PortRange;
import dev.awsrecipes.ec2.PortRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/** E13: authorize a CIDR on ports of named groups; duplicates tolerated; dry run through EC2's DryRun. */
record PortOpener(Ec2Client ec2) {
    public PortOpening open(OpenPortSpec spec) {
        List<PortRule> rules = new ArrayList<>();
        for (String name : spec.groups()) {
            // looked up first so a missing group is named, and found in a dry run too (some emulators
            // answer DryRunOperation even for groups that do not exist)
            Optional<SecurityGroup> group = SecurityGroups.find(ec2, name);
            for (PortRange ports : spec.ports()) {
                rules.add(open(ec2, spec, name, group, ports));
            }
        }
        return new PortOpening(spec.dryRun(), rules);
    }

    private static PortRule open(
            Ec2Client ec2, OpenPortSpec spec, String name, Optional<SecurityGroup> group, PortRange ports) {
        if (group.isEmpty()) {
            if (spec.dryRun()) {
                return rule(spec, name, null, ports, PortRule.Outcome.WOULD_FAIL, "no security group named " + name);
            }
            throw new AwsRecipesException("no security group named " + name + " in " + aws(ec2));
        }
        String groupId = group.get().groupId();
        IpPermission permission = SecurityGroups.rule(spec.protocol(), ports.from(), ports.to(), spec.cidr());
        if (!spec.dryRun()) {
            boolean added = SecurityGroups.authorize(ec2, groupId, permission);
            return rule(
                    spec,
                    name,
                    groupId,
                    ports,
                    added ? PortRule.Outcome.AUTHORIZED : PortRule.Outcome.ALREADY_PRESENT,
                    "");
        }
        try {
            ec2.authorizeSecurityGroupIngress(
                    r -> r.groupId(groupId).ipPermissions(permission).dryRun(true));
            // EC2 never answers a dry run with success; an emulator might
            return rule(spec, name, groupId, ports, PortRule.Outcome.WOULD_SUCCEED, "");
        } catch (RuntimeException e) {
            if (AwsErrors.isDryRunSuccess(e)) {
                return rule(spec, name, groupId, ports, PortRule.Outcome.WOULD_SUCCEED, "");
            }
            if (AwsErrors.errorCode(e).isEmpty()) {
                throw e;
            }
            return rule(spec, name, groupId, ports, PortRule.Outcome.WOULD_FAIL, AwsErrors.describe(e));
        }
    }

    private static PortRule rule(
            OpenPortSpec spec, String name, String groupId, PortRange ports, PortRule.Outcome outcome, String detail) {
        return new PortRule(name, groupId, spec.protocol(), ports, spec.cidr(), outcome, detail);
    }

    private static String aws(Ec2Client ec2) {
        return ec2.serviceClientConfiguration().region().id();
    }
}
