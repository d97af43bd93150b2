package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.KeySync;
import dev.awsrecipes.ec2.KeySyncReport;
import dev.awsrecipes.examples.Usage;
import java.nio.file.Path;

/**
 * E4 + E5: derives the public key of a local key file (public or private) and makes sure every region
 * has it under one name. Usage: {@code SyncKeypairsExample NAME KEY_FILE}.
 */
public final class SyncKeypairsExample {
    private SyncKeypairsExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "SyncKeypairsExample NAME KEY_FILE");
        try (Aws aws = Aws.create()) {
            KeySyncReport report = Ec2Recipes.using(aws).syncKeypairs(args[0], Path.of(args[1]));
            System.out.println(report.keyName() + " (local fingerprint " + report.localFingerprint() + ")");
            for (KeySync sync : report.regions()) {
                System.out.println("  " + sync.region() + ": " + sync.status() + " " + sync.detail());
            }
        }
    }
}
