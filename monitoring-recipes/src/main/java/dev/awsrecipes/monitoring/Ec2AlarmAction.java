package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import java.util.Locale;
import software.amazon.awssdk.regions.Region;

/** M9: what CloudWatch can do to an instance when its alarm fires. */
public enum Ec2AlarmAction {
    /** Move the instance to other hardware; only for the system status check. */
    RECOVER,
    /** Reboot the instance. */
    REBOOT,
    /** Stop the instance. */
    STOP,
    /** Terminate the instance. */
    TERMINATE;

    /** The action's ARN in the instance's region, e.g. {@code arn:aws:automate:eu-west-1:ec2:recover}. */
    public String arn(Region region) {
        Check.notNull(region, "region");
        return "arn:aws:automate:" + region.id() + ":ec2:" + name().toLowerCase(Locale.ROOT);
    }

    /** The action by name, any case: recover, reboot, stop, terminate. */
    public static Ec2AlarmAction of(String name) {
        Check.notBlank(name, "action");
        for (Ec2AlarmAction a : values()) {
            if (a.name().equalsIgnoreCase(name.trim())) {
                return a;
            }
        }
        throw new InvalidArgumentException(
                "action", "action \"" + name + "\" is not one of recover, reboot, stop, terminate");
    }
}
