package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.ConsoleOutput;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.examples.Usage;

/** E3: prints an instance's console log. Usage: {@code ConsoleOutputExample INSTANCE_ID}. */
public final class ConsoleOutputExample {
    private ConsoleOutputExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 1, "ConsoleOutputExample INSTANCE_ID");
        try (Aws aws = Aws.create()) {
            ConsoleOutput output = Ec2Recipes.using(aws).consoleOutput(args[0]);
            System.out.println("-- console of " + output.instanceId() + " at " + output.timestamp());
            System.out.print(output.text());
        }
    }
}
