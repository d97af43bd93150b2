package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.ec2.Ec2Recipes;

/** The EC2 recipes: the interfaces' default methods do the work, over this session. */
public record DefaultEc2Recipes(Aws aws) implements Ec2Recipes {
    public DefaultEc2Recipes {
        Check.notNull("aws", aws);
    }
}
