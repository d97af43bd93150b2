package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.cli.CliRun;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.testing.Ec2TestAccount;
import dev.awsrecipes.testing.LocalStack;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * Runs {@code aws-recipes} in-process against LocalStack as a fresh account, and on close removes every
 * instance, keypair and non-default security group of that account in the regions used (through
 * {@link Ec2TestAccount}, which the EC2 and SSH module tests share).
 */
final class LaunchCli implements AutoCloseable {
    final LocalStack localStack;
    final String accountId;
    final Aws aws;
    private final Ec2TestAccount account;

    LaunchCli(LocalStack localStack, Region... regions) {
        this.localStack = localStack;
        this.account = new Ec2TestAccount(localStack, regions);
        this.accountId = account.accountId;
        this.aws = account.aws;
    }

    /** Runs the command as this test's account, against LocalStack. */
    CliResult run(String... args) {
        return CliRun.asAccount(localStack, accountId, args);
    }

    Ec2Client ec2() {
        return account.ec2();
    }

    Ec2Client ec2(Region region) {
        return account.ec2(region);
    }

    List<Instance> instances() {
        return account.instances(localStack.region());
    }

    @Override
    public void close() {
        account.close();
    }
}
