package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.LaunchedInstance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The tour of the {@code LaunchRecipes} of EC2: each once, printing what it did, leaving nothing behind. */
public final class LaunchTour {
    private LaunchTour() {}

    public static void run(Aws aws, PrintWriter out) {
        Ec2Recipes ec2 = Ec2Recipes.using(aws);
        Ec2Client client = aws.client(Aws.EC2);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String keyName = "tour-key-" + suffix;
        String groupName = "tour-ssh-" + suffix;
        List<String> instances = new ArrayList<>();
        Path keyDir = tempDir();
        try {
            String ami = ec2.latestAmazonImage("al2023-ami-2023*-x86_64")
                    .orElseThrow(() -> new IllegalStateException("no Amazon Linux 2023 image in this region"));
            out.println("E1 latest Amazon Linux 2023 image: " + ami);
            LaunchedInstance launched = ec2.launchInstance(l -> l.ami(ami)
                    .keyName(keyName)
                    .keyDir(keyDir)
                    .groupName(groupName)
                    .cidr("203.0.113.0/24")
                    .tag("Name", "aws-recipes-tour"));
            instances.add(launched.instanceId());
            out.println("E1 launchInstance: " + launched);
        } finally {
            cleanUp(client, instances, keyName, groupName, keyDir, out);
        }
    }

    private static void cleanUp(
            Ec2Client client, List<String> instances, String keyName, String groupName, Path keyDir, PrintWriter out) {
        if (!instances.isEmpty()) {
            client.terminateInstances(r -> r.instanceIds(instances));
            client.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(instances), w -> w.waitTimeout(
                            Duration.ofMinutes(5))
                    .maxAttempts(60));
            out.println("terminated " + instances);
        }
        client.deleteKeyPair(r -> r.keyName(keyName));
        client.describeSecurityGroups(r -> r.filters(f -> f.name("group-name").values(groupName)))
                .securityGroups()
                .forEach(g -> client.deleteSecurityGroup(r -> r.groupId(g.groupId())));
        deleteTree(keyDir);
        out.println("deleted keypair " + keyName + ", security group " + groupName + " and " + keyDir);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("aws-recipes-tour-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
