package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.monitoring.MonitoringRecipes;
import dev.awsrecipes.monitoring.RestrictedUser;
import dev.awsrecipes.monitoring.RestrictedUserSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aws-recipes restricted-user}: M6. The secret key goes only into the new owner-only file, never
 * to the terminal, so the file is required here.
 */
@Command(
        name = "restricted-user",
        description = "Create an IAM user that may only put CloudWatch metric data, and write its new key"
                + " to an owner-only credentials file that must not exist yet.")
public final class RestrictedUserCommand extends RecipeCommand<RestrictedUser> {
    @Option(names = "--user-name", required = true, paramLabel = "NAME")
    String userName;

    @Option(names = "--credentials-file", required = true, paramLabel = "FILE", description = "Created rw-------.")
    Path credentialsFile;

    @Option(
            names = "--credentials-profile",
            defaultValue = "default",
            paramLabel = "NAME",
            description = "Profile section in the file; default: default.")
    String credentialsProfile;

    @Option(names = "--policy-name", defaultValue = RestrictedUserSpec.DEFAULT_POLICY_NAME, paramLabel = "NAME")
    String policyName;

    @Option(names = "--namespace", paramLabel = "NS", description = "Only allow this metric namespace.")
    String namespace;

    private RestrictedUserSpec user;

    @Override
    protected void validate() {
        user = RestrictedUserSpec.builder()
                .userName(userName)
                .credentialsFile(credentialsFile)
                .profileName(credentialsProfile)
                .policyName(policyName)
                .namespace(namespace)
                .build();
    }

    @Override
    protected RestrictedUser run(Aws aws) {
        return MonitoringRecipes.using(aws).createRestrictedUser(user);
    }

    @Override
    protected void printText(PrintWriter out, RestrictedUser result) {
        out.println("user " + result.userName() + (result.userCreated() ? " created" : " (existed)")
                + ", may only call cloudwatch:PutMetricData (policy " + result.policyName() + ")");
        out.println("access key " + result.accessKeyId() + " written to " + credentialsFile);
    }

    /** What {@code --json} prints: never the secret key, which is only in the file. */
    record Json(String userName, String userArn, String accessKeyId, String policyName, String credentialsFile) {}

    @Override
    protected Object jsonView(RestrictedUser r) {
        return new Json(r.userName(), r.userArn(), r.accessKeyId(), r.policyName(), credentialsFile.toString());
    }
}
