package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.ec2.UserData;
import java.nio.charset.StandardCharsets;

/** E12: builds a cloud-init multipart package and prints it, then its gzipped size. No AWS call. */
public final class UserDataExample {
    private UserDataExample() {}

    public static void main(String[] args) {
        String config = "#cloud-config\npackages: [nginx]\n";
        String script = "#!/bin/sh\nsystemctl enable --now nginx\n";
        UserData plain = UserData.multipart(m -> m.cloudConfig(config).shellScript(script));
        UserData zipped = UserData.multipart(
                m -> m.cloudConfig(config).shellScript(script).gzip(true));
        System.out.println(new String(plain.bytes(), StandardCharsets.UTF_8));
        System.out.println(plain + "; gzipped: " + zipped + "; limit " + UserData.MAX_BYTES + " bytes");
    }
}
