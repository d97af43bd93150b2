package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Aws;

/** Recipes over running instances: lifecycle, storage, cloning, addresses and fleet-wide search. */
public interface InstanceRecipes {

    /** The session the recipes run in. */
    Aws aws();
}
