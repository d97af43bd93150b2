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
 *
 * @param instanceId the instance to attach to; the volume is created in its availability zone
 * @param sizeGiB size in GiB, 1 to 16384
 * @param device the device name to attach at
 * @param volumeType the volume type; {@code gp3} unless set
 * @param waitTimeout the bound on each wait (available, then attached); the session's when empty
 */
public record VolumeSpec(
        String instanceId, int sizeGiB, String device, String volumeType, Optional<Duration> waitTimeout) {
    /** Linux device names EC2 accepts for EBS attachments: {@code /dev/sdf}, {@code /dev/xvdg}, ... */
    static final Pattern DEVICE = Pattern.compile("/dev/(sd|xvd|hd)[a-z]{1,2}[0-9]{0,2}|xvd[a-z]{1,2}");

    /** Checks every value. */
    public VolumeSpec {
        Check.notBlank(instanceId, "instanceId");
        Check.inRange(sizeGiB, 1, 16_384, "sizeGiB");
        checkDevice(device);
        Check.notBlank(volumeType, "volumeType");
        waitTimeout = Check.notNull(waitTimeout, "waitTimeout").map(t -> Check.positive(t, "waitTimeout"));
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

        /**
         * The spec; it checks every setting ({@code InvalidArgumentException} names a bad one). A size that
         * was never set is named here, since the spec's {@code int} cannot hold "unset".
         */
        @Override
        public VolumeSpec build() {
            return new VolumeSpec(
                    instanceId,
                    Check.notNull(sizeGiB, "sizeGiB"),
                    device,
                    volumeType,
                    Optional.ofNullable(waitTimeout));
        }
    }
}
