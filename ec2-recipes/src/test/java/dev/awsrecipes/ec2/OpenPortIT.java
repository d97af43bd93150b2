package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.AwsRecipesException;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.Ec2TestAccount;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.IpPermission;

class OpenPortIT {

    @Ec2ServerTest
    void openPort_portsOnTwoGroups_addsEachRuleAndToleratesDuplicatesOnTheSecondRun(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            account.ec2().createSecurityGroup(r -> r.groupName("web").description("test"));
            account.ec2().createSecurityGroup(r -> r.groupName("admin").description("test"));
            Ec2Recipes ec2 = Ec2Recipes.using(account.aws);

            PortOpening first = ec2.openPort(p ->
                    p.groups("web", "admin").ports(443).portRange(8000, 8080).cidr("203.0.113.0/24"));
            PortOpening second = ec2.openPort(p ->
                    p.groups("web", "admin").ports(443).portRange(8000, 8080).cidr("203.0.113.0/24"));

            assertThat(first.rules()).hasSize(4).allSatisfy(r -> assertThat(r.outcome())
                    .isEqualTo(PortRule.Outcome.AUTHORIZED));
            assertThat(second.rules()).hasSize(4).allSatisfy(r -> assertThat(r.outcome())
                    .isEqualTo(PortRule.Outcome.ALREADY_PRESENT));
            for (String group : List.of("web", "admin")) {
                assertThat(rules(account, group))
                        .extracting(IpPermission::fromPort, IpPermission::toPort, p -> p.ipRanges()
                                .get(0)
                                .cidrIp())
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(443, 443, "203.0.113.0/24"),
                                org.assertj.core.groups.Tuple.tuple(8000, 8080, "203.0.113.0/24"));
            }
        }
    }

    @Ec2ServerTest
    void openPort_ipv6Cidr_addsAnIpv6Rule(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            account.ec2().createSecurityGroup(r -> r.groupName("v6").description("test"));

            Ec2Recipes.using(account.aws).openPort(p -> p.groups("v6").ports(22).cidr("2001:db8::/64"));

            assertThat(rules(account, "v6")).singleElement().satisfies(p -> assertThat(p.ipv6Ranges())
                    .singleElement()
                    .satisfies(r -> assertThat(r.cidrIpv6()).isEqualTo("2001:db8::/64")));
        }
    }

    @Ec2ServerTest
    void openPort_dryRun_reportsWouldSucceedAndChangesNothing(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            account.ec2().createSecurityGroup(r -> r.groupName("web").description("test"));

            PortOpening opening = Ec2Recipes.using(account.aws).openPort(p -> p.groups("web", "missing")
                    .ports(22)
                    .cidr("198.51.100.7/32")
                    .dryRun(true));

            assertThat(opening.dryRun()).isTrue();
            assertThat(opening.rules())
                    .extracting(PortRule::groupName, PortRule::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("web", PortRule.Outcome.WOULD_SUCCEED),
                            org.assertj.core.groups.Tuple.tuple("missing", PortRule.Outcome.WOULD_FAIL));
            assertThat(opening.allSucceeded()).isFalse();
            assertThat(rules(account, "web")).isEmpty();
        }
    }

    @Ec2ServerTest
    void openPort_missingGroup_failsNamingIt(Ec2Server server) {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            assertThatThrownBy(() -> Ec2Recipes.using(account.aws)
                            .openPort(p -> p.groups("nowhere").ports(22).cidr("198.51.100.7/32")))
                    .isInstanceOf(AwsRecipesException.class)
                    .hasMessageStartingWith("no security group named nowhere");
        }
    }

    private static List<IpPermission> rules(Ec2TestAccount account, String group) {
        return account.ec2()
                .describeSecurityGroups(r -> r.groupNames(group))
                .securityGroups()
                .get(0)
                .ipPermissions();
    }
}
