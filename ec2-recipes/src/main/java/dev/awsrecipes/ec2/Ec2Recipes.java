package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.ec2.internal.DefaultEc2Recipes;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The EC2 recipes, over one {@link Aws} session: launching and access ({@link LaunchRecipes}) and
 * running instances, their storage and fleet-wide views ({@link InstanceRecipes}), and logging in
 * to an instance ({@link SshRecipes}).
 *
 * <pre>{@code
 * Ec2Recipes ec2 = Ec2Recipes.using(aws);
 * }</pre>
 */
public interface Ec2Recipes extends LaunchRecipes, InstanceRecipes, SshRecipes {

    /** EC2, for {@link Aws#client(AwsService)}: the client every recipe here uses. */
    AwsService<Ec2Client> EC2 = AwsService.of("ec2", Ec2Client.class, Ec2Client::builder);

    /** The recipes over the session; cheap, holds no state of its own. */
    static Ec2Recipes using(Aws aws) {
        return new DefaultEc2Recipes(aws);
    }
}
