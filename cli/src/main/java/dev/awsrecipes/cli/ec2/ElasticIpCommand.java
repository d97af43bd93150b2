package dev.awsrecipes.cli.ec2;

import dev.awsrecipes.cli.RecipeCommand;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.ElasticIp;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aws-recipes elastic-ip}: E6, allocate, associate, disassociate and release addresses. */
@Command(
        name = "elastic-ip",
        description = "allocate [--instance-id ID] | associate --allocation-id A --instance-id ID"
                + " | disassociate --allocation-id A | release --allocation-id A")
public final class ElasticIpCommand extends RecipeCommand<ElasticIp> {
    /** What to do with the address. */
    enum Action {
        allocate,
        associate,
        disassociate,
        release
    }

    @Parameters(index = "0", paramLabel = "ACTION", description = "allocate, associate, disassociate or release.")
    Action action;

    @Option(names = "--allocation-id", paramLabel = "A", description = "The address's allocation id (eipalloc-...).")
    String allocationId;

    @Option(
            names = "--instance-id",
            paramLabel = "ID",
            description = "The instance to associate with (allocate: associate right away).")
    String instanceId;

    @Override
    protected ElasticIp run(Aws aws) {
        Ec2Recipes ec2 = Ec2Recipes.using(aws);
        return switch (action) {
            case allocate -> {
                ElasticIp allocated = ec2.allocateAddress();
                yield instanceId == null ? allocated : ec2.associateAddress(allocated.allocationId(), instanceId);
            }
            case associate -> ec2.associateAddress(allocationId, instanceId);
            case disassociate -> ec2.disassociateAddress(allocationId);
            case release -> {
                ElasticIp before =
                        ec2.describeAddress(allocationId).orElse(new ElasticIp(allocationId, null, null, null));
                ec2.releaseAddress(allocationId);
                yield new ElasticIp(before.allocationId(), before.publicIp(), null, null);
            }
        };
    }

    @Override
    protected void printText(PrintWriter out, ElasticIp result) {
        String what =
                switch (action) {
                    case allocate -> "allocated";
                    case associate -> "associated";
                    case disassociate -> "disassociated";
                    case release -> "released";
                };
        out.println(what + " " + result.publicIp() + " (" + result.allocationId() + ")"
                + (result.isAssociated() ? " with " + result.instanceId() + " (" + result.associationId() + ")" : ""));
    }

    /** What {@code --json} prints: the action done and the address after it. */
    record Json(String action, String allocationId, String publicIp, String associationId, String instanceId) {}

    @Override
    protected Object jsonView(ElasticIp r) {
        return new Json(action.name(), r.allocationId(), r.publicIp(), r.associationId(), r.instanceId());
    }
}
