package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.AwsService;
import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.InvalidArgumentException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.InstanceProfileRegionProvider;

/**
 * Resolves region, profile, endpoint and CA bundle from explicit settings, system properties,
 * environment variables and the shared config files, in the order the AWS SDK and CLI use. Environment
 * variables are read from the session's {@link Environment}, not from the process directly, which is
 * why this does not hand the whole chain to the SDK's providers (they read {@code System.getenv}).
 */
@InternalApi
public final class ProfileSettings {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileSettings.class);

    private final Environment environment;
    private final Supplier<ProfileFile> profileFile;

    public ProfileSettings(Environment environment, Supplier<ProfileFile> profileFile) {
        this.environment = environment;
        this.profileFile = profileFile;
    }

    public Environment environment() {
        return environment;
    }

    public ProfileFile profileFile() {
        return profileFile.get();
    }

    /** The profile named on the builder or in {@code AWS_PROFILE}; empty when none was. */
    public Optional<String> chosenProfile(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(explicit);
        }
        return environment.find("AWS_PROFILE");
    }

    /** The profile, which must exist in the shared config or credentials file. */
    public Profile requireProfile(String name) {
        return profileFile()
                .profile(name)
                .orElseThrow(
                        () -> new InvalidArgumentException(
                                "profile",
                                "profile \"" + name + "\" is not in the shared config or credentials file"
                                        + " (~/.aws/config, ~/.aws/credentials, or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE)"));
    }

    /**
     * The order of the AWS SDK's default region chain: explicit, then the Java system property {@code
     * aws.region}, then {@code AWS_REGION} (then {@code AWS_DEFAULT_REGION}, the AWS CLI's older name,
     * which the SDK does not read), then the profile's {@code region}. Instance metadata, the SDK's last
     * source, is asked separately ({@link #instanceRegion()}) because it costs a network call. Every
     * source passes the one region rule ({@link Check#region}), so {@code auto} works from each of them.
     *
     * @throws InvalidArgumentException when the chosen source's text can never be a region id
     */
    public Optional<Region> region(Region explicit, String profileName) {
        if (explicit != null) {
            return Optional.of(explicit);
        }
        String property = SdkSystemSetting.AWS_REGION.property();
        String variable = SdkSystemSetting.AWS_REGION.environmentVariable();
        Optional<String> value =
                Optional.ofNullable(System.getProperty(property)).filter(v -> !v.isBlank());
        String origin = property;
        if (value.isEmpty()) {
            value = environment.find(variable);
            origin = variable;
        }
        if (value.isEmpty()) {
            value = environment.find("AWS_DEFAULT_REGION");
            origin = "AWS_DEFAULT_REGION";
        }
        if (value.isEmpty()) {
            value = profileProperty(profileName, "region");
            origin = "region of profile " + profileName;
        }
        String argument = origin;
        return value.map(v -> Check.region(v.trim(), argument));
    }

    /**
     * The region of the EC2 instance this runs on, from instance metadata (IMDSv2, through the SDK's
     * provider); empty off EC2, or when {@code AWS_EC2_METADATA_DISABLED} is {@code true}.
     */
    public Optional<Region> instanceRegion() {
        if (environment
                .find("AWS_EC2_METADATA_DISABLED")
                .map("true"::equalsIgnoreCase)
                .orElse(false)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new InstanceProfileRegionProvider().getRegion());
        } catch (RuntimeException e) {
            LOG.debug("no region from instance metadata: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Explicit, then {@code AWS_ENDPOINT_URL_<SERVICE>}, {@code AWS_ENDPOINT_URL}, then the profile's
     * {@code endpoint_url}.
     */
    public Optional<URI> endpoint(URI explicit, AwsService<?> service, String profileName) {
        if (explicit != null) {
            return Optional.of(explicit);
        }
        Optional<String> url =
                environment.find(service.endpointVariable()).or(() -> environment.find("AWS_ENDPOINT_URL"));
        String origin = url.isPresent() ? "AWS_ENDPOINT_URL" : "endpoint_url of profile " + profileName;
        if (url.isEmpty()) {
            url = profileProperty(profileName, "endpoint_url");
        }
        return url.map(u -> parseEndpoint(origin, u));
    }

    /**
     * The CA bundle to trust besides the default authorities: explicit, else {@code AWS_CA_BUNDLE},
     * else the profile's {@code ca_bundle}, as the AWS CLI takes them; read now, so a wrong path fails
     * before any call. A leading {@code ~/} stands for the home directory.
     *
     * @throws InvalidArgumentException when the file named is missing, unreadable or holds no certificate
     */
    public Optional<CaBundle> caBundle(Path explicit, String profileName) {
        if (explicit != null) {
            return Optional.of(CaBundle.read("caBundle", "caBundle", explicit));
        }
        Optional<String> variable = environment.find("AWS_CA_BUNDLE");
        if (variable.isPresent()) {
            return Optional.of(CaBundle.read("AWS_CA_BUNDLE", "AWS_CA_BUNDLE", homePath(variable.get())));
        }
        return profileProperty(profileName, "ca_bundle")
                .map(p -> CaBundle.read("ca_bundle of profile " + profileName, "ca_bundle", homePath(p.trim())));
    }

    private static Path homePath(String path) {
        return path.startsWith("~/") ? Path.of(System.getProperty("user.home"), path.substring(2)) : Path.of(path);
    }

    private Optional<String> profileProperty(String profileName, String property) {
        if (profileName == null) {
            return Optional.empty();
        }
        return profileFile()
                .profile(profileName)
                .flatMap(p -> p.property(property))
                .filter(v -> !v.isBlank());
    }

    /** The URI, if it is an absolute http(s) URL. */
    public static URI parseEndpoint(String argument, String value) {
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(
                    argument, argument + " \"" + value + "\" is not an http:// or https:// URL with a host");
        }
    }
}
