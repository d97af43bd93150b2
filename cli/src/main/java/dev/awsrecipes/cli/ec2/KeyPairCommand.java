package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import java.util.Map;
import picocli.CommandLine.Mixin;

/**
 * A command that imports one public key under a name ({@link KeyPairOptions}), in one region or in many.
 *
 * @param <R> the result type, as for {@link RecipeCommand}
 */
abstract class KeyPairCommand<R> extends RecipeCommand<R> {
    @Mixin
    KeyPairOptions keyPair;

    /** The library calls the file {@code keyFile}; a bad-input message names --public-key instead. */
    @Override
    protected Map<String, String> optionsForArguments() {
        return Map.of("keyFile", "--public-key");
    }
}
