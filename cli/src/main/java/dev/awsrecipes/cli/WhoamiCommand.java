package dev.awsrecipes.cli;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.CallerIdentity;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import software.amazon.awssdk.regions.Region;

/**
 * {@code aws-recipes whoami}: the account, principal and credential source this shell's settings lead
 * to, resolved exactly as for every other subcommand, so a user can check before a destructive call.
 */
@Command(
        name = "whoami",
        description = "Show the account, principal and source of credentials the other commands would use.")
public final class WhoamiCommand extends RecipeCommand<CallerIdentity> {

    @Override
    protected CallerIdentity run(Aws aws) {
        return aws.whoami();
    }

    @Override
    protected void printText(PrintWriter out, CallerIdentity who) {
        out.println("account      " + who.account());
        out.println("arn          " + who.arn());
        out.println("user id      " + who.userId());
        out.println("credentials  " + who.credentialsSource());
        out.println("region       " + who.region().map(Region::id).orElse("(none configured)"));
    }

    /** What {@code --json} prints (CLI.md); the region is null when none is configured. */
    record Json(String account, String arn, String userId, String credentialsSource, String region) {}

    @Override
    protected Object jsonView(CallerIdentity who) {
        String region = who.region().map(Region::id).orElse(null);
        return new Json(who.account(), who.arn(), who.userId(), who.credentialsSource(), region);
    }
}
