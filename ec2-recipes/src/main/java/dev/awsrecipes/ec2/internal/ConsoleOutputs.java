package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.ec2.ConsoleOutput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputResponse;

/** E3: an instance's console log, which EC2 returns base64-encoded. */
record ConsoleOutputs(Ec2Client ec2) {
    public ConsoleOutput fetch(String instanceId, boolean latest) {
        GetConsoleOutputResponse response =
                ec2.getConsoleOutput(r -> r.instanceId(instanceId).latest(latest ? Boolean.TRUE : null));
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
