package dev.awsrecipes.cli.ec2;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --key-name NAME --public-key FILE}, declared once for import-keypair and sync-keypairs. */
public final class KeyPairOptions {
    @Option(names = "--key-name", required = true, paramLabel = "NAME", description = "Keypair name.")
    String keyName;

    @Option(
            names = "--public-key",
            required = true,
            paramLabel = "FILE",
            description = "OpenSSH public key, or a PEM private key whose public half is derived.")
    Path publicKey;
}
