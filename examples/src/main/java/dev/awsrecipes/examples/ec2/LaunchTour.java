package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.ConsoleOutput;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.ImportedKeyPair;
import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncReport;
import dev.awsrecipes.ec2.LaunchedInstance;
import dev.awsrecipes.ec2.PortOpening;
import dev.awsrecipes.ec2.SshPublicKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The tour of the {@code LaunchRecipes} of EC2: each once, printing what it did, leaving nothing behind. */
public final class LaunchTour {
    private LaunchTour() {}

    /** What the tour made, so that it can remove exactly that. */
    private static final class Made {
        final List<String> instances = new ArrayList<>();
        final Set<String> keyNames = new LinkedHashSet<>();
        final Set<Region> keyRegions = new LinkedHashSet<>();
        final Set<String> groups = new LinkedHashSet<>();
    }

    public static void run(Aws aws, PrintWriter out) {
        Ec2Recipes ec2 = Ec2Recipes.using(aws);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Made made = new Made();
        made.keyRegions.add(aws.region());
        Path keyDir = tempDir();
        try {
            String instanceId = launch(ec2, suffix, keyDir, made, out);
            ec2.addTags(instanceId, Map.of("tour", suffix));
            out.println(
                    "E2 addTags + findInstancesByTag tour=" + suffix + ": " + ec2.findInstancesByTag("tour", suffix));
            ConsoleOutput console = ec2.consoleOutput(instanceId);
            out.println(
                    "E3 consoleOutput: " + console.text().lines().findFirst().orElse("(empty)"));
            SshTourStep.run(ec2, instanceId, out);
            keypairs(ec2, aws, suffix, keyDir, made, out);
            openPort(ec2, "tour-ssh-" + suffix, out);
        } finally {
            cleanUp(aws, made, keyDir, out);
        }
    }

    private static String launch(Ec2Recipes ec2, String suffix, Path keyDir, Made made, PrintWriter out) {
        String ami = ec2.latestAmazonImage("al2023-ami-2023*-x86_64")
                .orElseThrow(() -> new IllegalStateException("no Amazon Linux 2023 image in this region"));
        out.println("E1 latest Amazon Linux 2023 image: " + ami);
        made.keyNames.add("tour-key-" + suffix);
        made.groups.add("tour-ssh-" + suffix);
        LaunchedInstance launched = ec2.launchInstance(l -> l.ami(ami)
                .keyName("tour-key-" + suffix)
                .keyDir(keyDir)
                .groupName("tour-ssh-" + suffix)
                .cidr("203.0.113.0/24")
                .tag("Name", "aws-recipes-tour"));
        made.instances.add(launched.instanceId());
        out.println("E1 launchInstance: " + launched);
        return launched.instanceId();
    }

    private static void keypairs(Ec2Recipes ec2, Aws aws, String suffix, Path keyDir, Made made, PrintWriter out) {
        Path privateKey = writeRsaPrivateKey(keyDir.resolve("tour-imported.pem"));
        SshPublicKey derived = SshPublicKey.read(privateKey);
        out.println("E4 public key derived in Java from " + privateKey.getFileName() + ": " + derived);
        made.keyNames.add("tour-imported-" + suffix);
        ImportedKeyPair imported = ec2.importKeyPair("tour-imported-" + suffix, privateKey);
        out.println("E4 importKeyPair: " + imported.keyName() + " fingerprint " + imported.fingerprint());

        List<Region> regions =
                List.of(aws.region(), aws.region().equals(Region.EU_WEST_1) ? Region.US_WEST_2 : Region.EU_WEST_1);
        made.keyRegions.addAll(regions);
        KeySyncReport report = ec2.syncKeypairs("tour-imported-" + suffix, privateKey, regions);
        for (KeySync sync : report.regions()) {
            out.println("E5 syncKeypairs " + sync.region() + ": " + sync.status() + " (" + sync.detail() + ")");
        }
    }

    private static void openPort(Ec2Recipes ec2, String group, PrintWriter out) {
        PortOpening dryRun = ec2.openPort(
                p -> p.groups(group).ports(443).cidr("198.51.100.0/24").dryRun(true));
        out.println("E13 openPort dry run: " + dryRun.rules().get(0).outcome());
        PortOpening opened = ec2.openPort(
                p -> p.groups(group).ports(443).portRange(8000, 8080).cidr("198.51.100.0/24"));
        opened.rules()
                .forEach(r -> out.println("E13 openPort " + r.groupName() + " " + r.ports() + ": " + r.outcome()));
        PortOpening again = ec2.openPort(p -> p.groups(group).ports(443).cidr("198.51.100.0/24"));
        out.println("E13 openPort again: " + again.rules().get(0).outcome());
    }

    private static void cleanUp(Aws aws, Made made, Path keyDir, PrintWriter out) {
        Ec2Client client = aws.client(Ec2Recipes.EC2);
        if (!made.instances.isEmpty()) {
            client.terminateInstances(r -> r.instanceIds(made.instances));
            client.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(made.instances), w -> w.waitTimeout(
                            Duration.ofMinutes(5))
                    .maxAttempts(60));
            out.println("terminated " + made.instances);
        }
        for (Region region : made.keyRegions) {
            made.keyNames.forEach(k -> aws.client(Ec2Recipes.EC2, region).deleteKeyPair(r -> r.keyName(k)));
        }
        for (String group : made.groups) {
            client.describeSecurityGroups(
                            r -> r.filters(f -> f.name("group-name").values(group)))
                    .securityGroups()
                    .forEach(g -> client.deleteSecurityGroup(r -> r.groupId(g.groupId())));
        }
        deleteTree(keyDir);
        out.println("deleted keypairs " + made.keyNames + " in " + made.keyRegions + ", groups " + made.groups + " and "
                + keyDir);
    }

    /** A throw-away RSA key as PKCS#8 PEM, owner-only, to show the derivation and import. */
    private static Path writeRsaPrivateKey(Path file) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
            Files.createFile(
                    file,
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, pem);
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
