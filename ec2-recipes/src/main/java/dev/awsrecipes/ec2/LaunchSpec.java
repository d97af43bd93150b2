package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What to launch with {@link LaunchRecipes#launchInstance}. Everything but the AMI has a default: the
 * {@code aws-recipes} keypair saved under {@code ~/.ssh}, the {@code aws-recipes-ssh} security group
 * opening TCP 22, type {@code t3.micro}, a {@code Name=aws-recipes} tag and a random client token. The
 * AMI has no safe default (image ids differ per region and age), so it is required.
 *
 * <pre>{@code
 * LaunchSpec spec = LaunchSpec.builder().ami("ami-0abc").cidr("203.0.113.7/32").build();
 * }</pre>
 */
public final class LaunchSpec {
    private static final Pattern AMI = Pattern.compile("ami-[0-9a-zA-Z]+");
    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z0-9-]+\\.[a-z0-9-]+");
    private static final Pattern KEY_NAME = Pattern.compile("[\\x20-\\x2e\\x30-\\x7e]{1,255}"); // printable, no '/'
    private static final Pattern GROUP_NAME = Pattern.compile("(?s)(?!sg-).{1,255}");
    private static final Pattern CLIENT_TOKEN = Pattern.compile("[\\x21-\\x7e]{1,64}");

    private final String ami;
    private final String instanceType;
    private final String keyName;
    private final String keyType;
    private final Path keyDir;
    private final String groupName;
    private final int sshPort;
    private final String cidr;
    private final Map<String, String> tags;
    private final byte[] userData;
    private final String clientToken;
    private final Duration waitTimeout;

    private LaunchSpec(Builder b) {
        this.ami = Check.matches(b.ami, AMI, "ami", "is not an image id like ami-0abc1234");
        this.instanceType =
                Check.matches(b.instanceType, INSTANCE_TYPE, "instanceType", "is not an instance type like t3.micro");
        this.keyName = Check.matches(
                b.keyName, KEY_NAME, "keyName", "must be 1 to 255 printable ASCII characters without '/'");
        this.keyType = b.keyType;
        Check.that("rsa".equals(keyType) || "ed25519".equals(keyType), "keyType", "must be rsa or ed25519");
        this.keyDir = Check.notNull(b.keyDir, "keyDir");
        this.groupName = Check.matches(
                b.groupName, GROUP_NAME, "groupName", "must be at most 255 characters and not start with sg-");
        this.sshPort = (int) Check.inRange(b.sshPort, 1, 65535, "sshPort");
        this.cidr = Cidrs.check("cidr", b.cidr);
        Check.notNull(b.tags, "tags").forEach(Tags::check);
        this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
        this.userData =
                b.userData == null ? null : UserData.ofBytes(b.userData, false).bytes();
        this.clientToken = b.clientToken == null
                ? UUID.randomUUID().toString()
                : Check.matches(
                        b.clientToken, CLIENT_TOKEN, "clientToken", "must be 1 to 64 printable ASCII characters");
        this.waitTimeout = b.waitTimeout == null ? null : Check.positive(b.waitTimeout, "waitTimeout");
    }

    /** A builder with every default set except the AMI. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder()
                .ami(ami)
                .instanceType(instanceType)
                .keyName(keyName)
                .keyType(keyType)
                .keyDir(keyDir)
                .groupName(groupName)
                .sshPort(sshPort)
                .cidr(cidr)
                .tags(tags)
                .clientToken(clientToken)
                .waitTimeout(waitTimeout);
        b.userData = userData;
        return b;
    }

    /** The image to run, e.g. {@code ami-0abcdef1234567890}; required. */
    public String ami() {
        return ami;
    }

    /** The instance type; {@code t3.micro} unless set. */
    public String instanceType() {
        return instanceType;
    }

    /** The keypair name, created when missing; {@code aws-recipes} unless set. */
    public String keyName() {
        return keyName;
    }

    /** {@code rsa} or {@code ed25519}: the type of a keypair this launch creates. */
    public String keyType() {
        return keyType;
    }

    /** Where {@code <keyName>.pem} is looked for and saved; {@code ~/.ssh} by default. */
    public Path keyDir() {
        return keyDir;
    }

    /** {@code <keyDir>/<keyName>.pem}. */
    public Path keyFile() {
        return keyDir.resolve(keyName + ".pem");
    }

    /** The security group, created when missing; {@code aws-recipes-ssh} unless set. */
    public String groupName() {
        return groupName;
    }

    /** The TCP port opened for SSH; 22 unless set. */
    public int sshPort() {
        return sshPort;
    }

    /** Who may reach the SSH port, e.g. {@code 203.0.113.7/32}; {@code 0.0.0.0/0} by default. */
    public String cidr() {
        return cidr;
    }

    /** The tags put on the instance; {@code Name=aws-recipes} unless set. */
    public Map<String, String> tags() {
        return tags;
    }

    /** The user data, as given (not yet base64-encoded). */
    public Optional<byte[]> userData() {
        return Optional.ofNullable(userData).map(byte[]::clone);
    }

    /** The idempotency token of {@code RunInstances}: a retried launch with it starts no second instance. */
    public String clientToken() {
        return clientToken;
    }

    /** How long to wait for {@code running}; empty means the session's wait timeout. */
    public Optional<Duration> waitTimeout() {
        return Optional.ofNullable(waitTimeout);
    }

    /** Builds a {@link LaunchSpec}; the setters only collect, {@link #build()} checks every setting. */
    public static final class Builder implements SpecBuilder<Builder, LaunchSpec> {
        private String ami;
        private String instanceType = "t3.micro";
        private String keyName = "aws-recipes";
        private String keyType = "rsa";
        private Path keyDir = Path.of(System.getProperty("user.home"), ".ssh");
        private String groupName = "aws-recipes-ssh";
        private int sshPort = 22;
        private String cidr = "0.0.0.0/0";
        private Map<String, String> tags = new LinkedHashMap<>(Map.of("Name", "aws-recipes"));
        private byte[] userData;
        private String clientToken;
        private Duration waitTimeout;

        private Builder() {}

        /** The image to run, e.g. {@code ami-0abcdef1234567890}; required. */
        public Builder ami(String ami) {
            this.ami = ami;
            return this;
        }

        /** The instance type, e.g. {@code t3.micro}. */
        public Builder instanceType(String instanceType) {
            this.instanceType = instanceType;
            return this;
        }

        /**
         * The keypair name (1 to 255 printable ASCII characters without '/'); its private key is saved as
         * {@code <keyDir>/<keyName>.pem}.
         */
        public Builder keyName(String keyName) {
            this.keyName = keyName;
            return this;
        }

        /** {@code rsa} (default) or {@code ed25519}. */
        public Builder keyType(String keyType) {
            this.keyType = keyType;
            return this;
        }

        /** Where {@code <keyName>.pem} is looked for and saved; {@code ~/.ssh} by default. */
        public Builder keyDir(Path keyDir) {
            this.keyDir = keyDir;
            return this;
        }

        /** The security group name: at most 255 characters, not starting with {@code sg-}. */
        public Builder groupName(String groupName) {
            this.groupName = groupName;
            return this;
        }

        /** The TCP port to open for SSH, 1 to 65535. */
        public Builder sshPort(int sshPort) {
            this.sshPort = sshPort;
            return this;
        }

        /** Who may reach the SSH port, e.g. {@code 203.0.113.7/32}; {@code 0.0.0.0/0} by default. */
        public Builder cidr(String cidr) {
            this.cidr = cidr;
            return this;
        }

        /** Adds a tag, sent in the launch request itself; EC2's rules are those of {@link Tags#check}. */
        public Builder tag(String key, String value) {
            if (tags == null) {
                tags = new LinkedHashMap<>();
            }
            tags.put(key, value);
            return this;
        }

        /** Replaces all tags (the default {@code Name} tag included). */
        public Builder tags(Map<String, String> tags) {
            // null is kept, so that build() names it: "tags is required"
            this.tags = tags == null ? null : new LinkedHashMap<>(tags);
            return this;
        }

        /** A script or cloud-init document, as text; base64-encoded by the recipe. May be null: no user data. */
        public Builder userData(String userData) {
            this.userData = userData == null ? null : userData.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * User data as bytes; at most {@link UserData#MAX_BYTES} before base64, the rule of {@link UserData}.
         * May be null: no user data.
         */
        public Builder userData(byte[] userData) {
            this.userData = userData == null ? null : userData.clone();
            return this;
        }

        /**
         * User data built with {@link UserData} (a script, or a cloud-init MIME package, maybe gzipped). May be
         * null: no user data.
         */
        public Builder userData(UserData userData) {
            this.userData = userData == null ? null : userData.bytes();
            return this;
        }

        /** The {@code RunInstances} client token; a random UUID unless given (at most 64 ASCII characters). */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        /** How long to wait for {@code running}; may be null: the session's wait timeout. */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = waitTimeout;
            return this;
        }

        /** The spec; it checks every setting ({@code InvalidArgumentException} names a bad one). */
        @Override
        public LaunchSpec build() {
            return new LaunchSpec(this);
        }
    }
}
