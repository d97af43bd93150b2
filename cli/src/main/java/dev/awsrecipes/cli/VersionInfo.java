package dev.awsrecipes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: ours from the pom (a resource Maven filters at build time, so it is never typed
 * twice), the AWS SDK's, and the Java runtime's.
 */
public final class VersionInfo implements IVersionProvider {
    static final String RESOURCE = "/dev/awsrecipes/cli/version.properties";

    /** The project version from the pom, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String projectVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "aws-recipes " + projectVersion(),
            "AWS SDK for Java " + software.amazon.awssdk.core.util.VersionInfo.SDK_VERSION,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")"
        };
    }
}
