package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import java.util.List;

/**
 * E11: prints every running instance of some accounts in every enabled region. Usage: {@code
 * FindRunningExample [PROFILE...]} — with no profile, the session's own account.
 */
public final class FindRunningExample {
    private FindRunningExample() {}

    public static void main(String[] args) {
        Aws.Builder builder = Aws.builder();
        if (args.length > 0) {
            builder.accounts(AccountSet.ofProfiles(List.of(args)));
        }
        try (Aws aws = builder.build()) {
            System.out.print(Ec2Recipes.using(aws).findAllRunning().report());
        }
    }
}
