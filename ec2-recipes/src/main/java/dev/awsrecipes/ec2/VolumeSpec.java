package dev.awsrecipes.ec2;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The volume {@link InstanceRecipes#createVolume(java.util.function.Consumer)} creates and where it
 * attaches it.
 *
 * <pre>{@code
 * ec2.createVolume(v -> v.instanceId("i-0abc").sizeGiB(20).device("/dev/sdf").volumeType("gp3"));
 * }</pre>
 */
public final class VolumeSpec {
    /** Linux device names EC2 accepts for EBS attachments: {@code /dev/sdf}, {@code /dev/xvdg}, ... */
    static final Pattern DEVICE = Pattern.compile("/dev/(sd|xvd|hd)[a-z]{1,2}[0-9]{0,2}|xvd[a-z]{1,2}");

    private final String instanceId;
    private final int sizeGiB;
    private final String device;
    private final String volumeType;
    private final Duration waitTimeout;

    private VolumeSpec(Builder b) {
        this.instanceId = Check.notBlank(b.instanceId, "instanceId");
        Check.notNull(b.sizeGiB, "sizeGiB");
        this.sizeGiB = (int) Check.inRange(b.sizeGiB, 1, 16_384, "sizeGiB");
        this.device = checkDevice(b.device);
        this.volumeType = Check.notBlank(b.volumeType, "volumeType");
        this.waitTimeout = b.waitTimeout == null ? null : Check.positive(b.waitTimeout, "waitTimeout");
    }

    /** The device name, if it is one EC2 can attach a volume at; otherwise an {@code InvalidArgumentException}. */
    public static String checkDevice(String device) {
        Check.notBlank(device, "device");
        Check.that(
                DEVICE.matcher(device).matches(),
                "device",
                "\"" + device + "\" is not a device name; write one like /dev/sdf or /dev/xvdf");
        return device;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The instance to attach to; the volume is created in its availability zone. */
    public String instanceId() {
        return instanceId;
    }

    /** Size in GiB, 1 to 16384. */
    public int sizeGiB() {
        return sizeGiB;
    }

    /** The device name to attach at. */
    public String device() {
        return device;
    }

    /** The volume type; {@code gp3} unless set. */
    public String volumeType() {
        return volumeType;
    }

    /** The bound on each wait (available, then attached); the session's when empty. */
    public Optional<Duration> waitTimeout() {
        return Optional.ofNullable(waitTimeout);
    }

    /** Builds a {@link VolumeSpec}; instance, size and device are required. */
    public static final class Builder implements SpecBuilder<Builder, VolumeSpec> {
        private String instanceId;
        private Integer sizeGiB;
        private String device;
        private String volumeType = "gp3";
        private Duration waitTimeout;

        private Builder() {}

        /** The instance to attach to; the volume is created in its availability zone. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** Size in GiB, 1 to 16384. */
        public Builder sizeGiB(int sizeGiB) {
            this.sizeGiB = sizeGiB;
            return this;
        }

        /** The device name to attach at. */
        public Builder device(String device) {
            this.device = device;
            return this;
        }

        /** The volume type; {@code gp3} unless set. */
        public Builder volumeType(String volumeType) {
            this.volumeType = volumeType;
            return this;
        }

        /** The bound on each wait (available, then attached); may be null: the session's. */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = waitTimeout;
            return this;
        }

        /** The spec; it checks every setting ({@code InvalidArgumentException} names a bad one). */
        @Override
        public VolumeSpec build() {
            return new VolumeSpec(this);
        }
    }
}
