package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.core.GivenClients;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.core.RecipesBuilder;
import dev.awsrecipes.ec2.internal.DefaultEc2Recipes;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The EC2 recipes, over one {@link Aws} session or the caller's own EC2 clients: launching and access
 * ({@link LaunchRecipes}) and running instances, their storage and fleet-wide views ({@link
 * InstanceRecipes}). Logging in to an instance over SSH (E15) is the separate module {@code
 * aws-recipes-ssh} ({@code dev.awsrecipes.ssh.SshRecipes}, built over the same EC2 client), so that this
 * module carries no SSH client.
 *
 * <pre>{@code
 * Ec2Recipes ec2 = Ec2Recipes.using(aws);
 * }</pre>
 */
public interface Ec2Recipes extends LaunchRecipes, InstanceRecipes {

    /** EC2, for {@link Aws#client(AwsService)}: the client every recipe here uses. */
    AwsService<Ec2Client> EC2 = AwsService.of("ec2", Ec2Client.class, Ec2Client::builder);

    /**
     * The recipes over a session ({@link Aws}) or another context; cheap, holds no state of its own.
     *
     * @param context where the recipes get their clients
     * @return the recipes
     */
    static Ec2Recipes using(RecipeContext context) {
        return new DefaultEc2Recipes(context);
    }

    /**
     * Recipes over the caller's own EC2 client, which the caller keeps owning:
     *
     * <pre>{@code
     * Ec2Recipes ec2 = Ec2Recipes.builder()
     *         .ec2Client(myEc2Client)
     *         .ec2ClientsPerRegion((region, account) -> myClients.ec2(region, account))
     *         .build();
     * }</pre>
     *
     * @return a builder; an EC2 client (or a lookup per region) is required
     */
    static Builder builder() {
        return new Builder();
    }

    /** Recipes over the caller's clients; nothing given is closed by the library. */
    final class Builder extends RecipesBuilder<Builder, Ec2Recipes> {
        private Builder() {
            super(DefaultEc2Recipes::new);
        }

        /**
         * The EC2 client of the recipes that work in one region.
         *
         * @param ec2 the caller's client
         * @return this builder
         */
        public Builder ec2Client(Ec2Client ec2) {
            return client(EC2, ec2);
        }

        /**
         * Where the recipes that cross regions and accounts (finding every running instance, keeping a key
         * pair in sync) get a client for each pair; the caller owns and caches what it returns.
         *
         * @param lookup the caller's EC2 clients by region and account
         * @return this builder
         */
        public Builder ec2ClientsPerRegion(GivenClients.ClientLookup<Ec2Client> lookup) {
            return clientsPerRegion(EC2, lookup);
        }
    }
}
