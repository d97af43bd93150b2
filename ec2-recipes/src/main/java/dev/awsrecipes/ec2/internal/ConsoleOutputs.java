package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.ConsoleOutput;
import dev.awsrecipes.ec2.Ec2Recipes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputResponse;

/** E3: an instance's console log, which EC2 returns base64-encoded. */
public final class ConsoleOutputs {
    private final Aws aws;

    public ConsoleOutputs(Aws aws) {
        this.aws = aws;
    }

    public ConsoleOutput fetch(String instanceId, boolean latest) {
        GetConsoleOutputResponse response = aws.client(Ec2Recipes.EC2)
                .getConsoleOutput(r -> r.instanceId(instanceId).latest(latest ? Boolean.TRUE : null));
        return new ConsoleOutput(instanceId, response.timestamp(), decode(response.output()));
    }

    /** The MIME decoder, because the encoded log may be broken into lines. */
    static String decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return "";
        }
        return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
