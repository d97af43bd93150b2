package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.InstanceOption;
import dev.awsrecipes.cli.RecipeCommand;
import picocli.CommandLine.Mixin;

/**
 * A command that acts on one given instance: it takes {@code --instance-id}, whose value the recipe checks.
 *
 * @param <R> the result type, as for {@link RecipeCommand}
 */
abstract class InstanceCommand<R> extends RecipeCommand<R> {
    @Mixin
    InstanceOption instance;
}
