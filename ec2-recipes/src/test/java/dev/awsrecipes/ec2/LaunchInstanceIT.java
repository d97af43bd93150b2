package dev.awsrecipes.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.testing.Ec2Server;
import dev.awsrecipes.testing.Ec2ServerTest;
import dev.awsrecipes.testing.Ec2TestAccount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Tag;

class LaunchInstanceIT {

    @Ec2ServerTest
    void launchInstance_keyAndGroupMissing_createsKeyWithOwnerOnlyFileGroupRuleAndTaggedRunningInstance(
            Ec2Server server, @TempDir Path keyDir) throws Exception {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            Ec2Recipes ec2 = Ec2Recipes.using(account.aws);

            LaunchedInstance launched = ec2.launchInstance(l -> l.ami(account.anyImageId())
                    .keyName("ops")
                    .keyDir(keyDir)
                    .groupName("ssh-only")
                    .sshPort(2222)
                    .cidr("203.0.113.7/32")
                    .tag("team", "platform")
                    .clientToken("launch-test-token")
                    .userData("#!/bin/sh\necho hello\n")
                    .waitTimeout(Duration.ofSeconds(60)));

            assertThat(launched.createdKey()).isTrue();
            assertThat(launched.createdGroup()).isTrue();
            assertThat(launched.state()).isEqualTo("running");
            Path keyFile = keyDir.resolve("ops.pem");
            assertThat(launched.keyFile()).isEqualTo(keyFile);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(keyFile)).startsWith("-----BEGIN RSA PRIVATE KEY-----");

            KeyPairInfo key = account.ec2()
                    .describeKeyPairs(r -> r.keyNames("ops").includePublicKey(true))
                    .keyPairs()
                    .get(0);
            assertThat(SshPublicKey.parse(key.publicKey())).isEqualTo(SshPublicKey.read(keyFile));

            SecurityGroup group = account.ec2()
                    .describeSecurityGroups(r -> r.groupNames("ssh-only"))
                    .securityGroups()
                    .get(0);
            assertThat(group.ipPermissions())
                    .singleElement()
                    .satisfies(rule -> assertTcpFrom(rule, 2222, "203.0.113.7/32"));

            Instance instance = account.ec2()
                    .describeInstances(r -> r.instanceIds(launched.instanceId()))
                    .reservations()
                    .get(0)
                    .instances()
                    .get(0);
            assertThat(instance.state().nameAsString()).isEqualTo("running");
            assertThat(instance.keyName()).isEqualTo("ops");
            assertThat(instance.securityGroups())
                    .anySatisfy(g -> assertThat(g.groupId()).isEqualTo(group.groupId()));
            assertThat(instance.clientToken()).isEqualTo("launch-test-token");
            assertThat(instance.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value)))
                    .containsEntry("Name", "aws-recipes")
                    .containsEntry("team", "platform");
            String userData = account.ec2()
                    .describeInstanceAttribute(
                            r -> r.instanceId(launched.instanceId()).attribute("userData"))
                    .userData()
                    .value();
            assertThat(new String(Base64.getDecoder().decode(userData), StandardCharsets.UTF_8))
                    .isEqualTo("#!/bin/sh\necho hello\n");
        }
    }

    @Ec2ServerTest
    void launchInstance_everythingExists_createsNothingToleratesTheDuplicateRuleAndKeepsTheKeyFile(
            Ec2Server server, @TempDir Path keyDir) throws Exception {
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            Ec2Recipes ec2 = Ec2Recipes.using(account.aws);
            String ami = account.anyImageId();
            ec2.launchInstance(l -> l.ami(ami).keyDir(keyDir));
            byte[] keyBefore = Files.readAllBytes(keyDir.resolve("aws-recipes.pem"));

            LaunchedInstance second = ec2.launchInstance(l -> l.ami(ami).keyDir(keyDir));

            assertThat(second.createdKey()).isFalse();
            assertThat(second.createdGroup()).isFalse();
            assertThat(second.keyFile()).isEqualTo(keyDir.resolve("aws-recipes.pem"));
            assertThat(Files.readAllBytes(keyDir.resolve("aws-recipes.pem"))).isEqualTo(keyBefore);
            SecurityGroup group = account.ec2()
                    .describeSecurityGroups(r -> r.groupNames("aws-recipes-ssh"))
                    .securityGroups()
                    .get(0);
            assertThat(group.ipPermissions()).singleElement().satisfies(rule -> assertTcpFrom(rule, 22, "0.0.0.0/0"));
            assertThat(account.instances(server.region()))
                    .extracting(Instance::instanceId)
                    .hasSize(2)
                    .contains(second.instanceId());
        }
    }

    @Ec2ServerTest
    void launchInstance_keyMissingButKeyFileExists_importsThePublicKeyDerivedFromTheFile(
            Ec2Server server, @TempDir Path keyDir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path keyFile = keyDir.resolve("mine.pem");
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(keyFile, pem);
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            LaunchedInstance launched = Ec2Recipes.using(account.aws)
                    .launchInstance(
                            l -> l.ami(account.anyImageId()).keyName("mine").keyDir(keyDir));

            assertThat(launched.createdKey()).isTrue();
            assertThat(launched.keyFile()).isEqualTo(keyFile);
            assertThat(Files.readString(keyFile)).isEqualTo(pem);
            KeyPairInfo key = account.ec2()
                    .describeKeyPairs(r -> r.keyNames("mine").includePublicKey(true))
                    .keyPairs()
                    .get(0);
            SshPublicKey expected = SshPublicKey.of(pair.getPublic(), "");
            assertThat(SshPublicKey.parse(key.publicKey())).isEqualTo(expected);
            assertThat(key.keyFingerprint()).isEqualTo(Ec2Fingerprints.ofImportedKey(expected));
        }
    }

    @Ec2ServerTest
    void launchInstance_keyFileThatIsNotAKey_failsBeforeLaunchingAnything(Ec2Server server, @TempDir Path keyDir)
            throws Exception {
        Files.writeString(keyDir.resolve("broken.pem"), "not a key at all");
        try (Ec2TestAccount account = new Ec2TestAccount(server)) {
            assertThatThrownBy(() -> Ec2Recipes.using(account.aws)
                            .launchInstance(
                                    l -> l.ami("ami-12345678").keyName("broken").keyDir(keyDir)))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("keyFile " + keyDir.resolve("broken.pem"));
            assertThat(account.ec2().describeKeyPairs().keyPairs()).isEmpty();
            assertThat(account.instances(server.region())).isEmpty();
        }
    }

    private static void assertTcpFrom(IpPermission rule, int port, String cidr) {
        assertThat(rule.ipProtocol()).isEqualTo("tcp");
        assertThat(rule.fromPort()).isEqualTo(port);
        assertThat(rule.toPort()).isEqualTo(port);
        assertThat(rule.ipRanges()).extracting(r -> r.cidrIp()).containsExactly(cidr);
    }
}
