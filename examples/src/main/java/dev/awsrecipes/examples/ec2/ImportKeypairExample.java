package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Fingerprints;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.ImportedKeyPair;
import dev.awsrecipes.ec2.SshPublicKey;
import dev.awsrecipes.examples.Usage;
import java.nio.file.Path;

/**
 * E4: prints the OpenSSH public key of a key file (deriving it from a PEM private key in Java) with the
 * fingerprint EC2 will show, then imports it. Usage: {@code ImportKeypairExample NAME KEY_FILE}.
 */
public final class ImportKeypairExample {
    private ImportKeypairExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "ImportKeypairExample NAME KEY_FILE");
        SshPublicKey key = SshPublicKey.read(Path.of(args[1]));
        System.out.println(key.toOpenSsh());
        System.out.println("EC2 fingerprint once imported: " + Ec2Fingerprints.ofImportedKey(key));
        try (Aws aws = Aws.create()) {
            ImportedKeyPair imported = Ec2Recipes.using(aws).importKeyPair(args[0], key);
            System.out.println("imported " + imported.keyName() + " as " + imported.keyPairId());
        }
    }
}
