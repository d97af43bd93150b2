package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Aws;

/** Recipes that prepare access to instances and launch them: keypairs, security groups, launch, tags. */
public interface LaunchRecipes {

    /** The session the recipes run in. */
    Aws aws();
}
