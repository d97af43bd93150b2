package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.ImportedKeyPair;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code aws-recipes import-keypair}: E4, one public key imported into the region. */
@Command(
        name = "import-keypair",
        description = "Import an OpenSSH public key (or the public half of a PEM private key, derived in Java)"
                + " as a keypair in the region.")
public final class ImportKeypairCommand extends KeyPairCommand<ImportedKeyPair> {
    @Override
    protected ImportedKeyPair run(Aws aws) {
        return Ec2Recipes.using(aws).importKeyPair(keyPair.keyName, keyPair.publicKey);
    }

    @Override
    protected void printText(PrintWriter out, ImportedKeyPair result) {
        out.println(
                "imported " + result.keyName() + " (" + result.keyPairId() + ") fingerprint " + result.fingerprint());
    }

    /** What {@code --json} prints: the key pair without its public key. */
    record Json(String keyName, String keyPairId, String fingerprint) {}

    @Override
    protected Object jsonView(ImportedKeyPair result) {
        return new Json(result.keyName(), result.keyPairId(), result.fingerprint());
    }
}
