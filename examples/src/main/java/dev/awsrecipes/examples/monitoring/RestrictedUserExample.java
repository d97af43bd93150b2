package dev.awsrecipes.examples.monitoring;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.examples.Usage;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.RestrictedUser;
import java.nio.file.Path;

/**
 * M6: a user that may only put metric data, its key written to an owner-only file that must not exist.
 * Usage: {@code RestrictedUserExample USER_NAME CREDENTIALS_FILE}.
 */
public final class RestrictedUserExample {
    private RestrictedUserExample() {}

    public static void main(String[] args) {
        Usage.require(args.length >= 2, "RestrictedUserExample USER_NAME CREDENTIALS_FILE");
        try (Aws aws = Aws.create()) {
            RestrictedUser user = MonitoringRecipes.using(aws)
                    .createRestrictedUser(u -> u.userName(args[0]).credentialsFile(Path.of(args[1])));
            // toString() masks the secret; it is only in the file.
            System.out.println(user);
            System.out.println(user.policyDocument());
        }
    }
}
