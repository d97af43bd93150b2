package dev.awsrecipes.monitoring;

/** M9: the two EC2 status checks an alarm can watch. */
public enum StatusCheck {
    /** AWS's side: host hardware, network, power. Recovering moves the instance to healthy hardware. */
    SYSTEM("StatusCheckFailed_System"),
    /** The instance's own side: kernel, file system, network configuration. Rebooting may fix it. */
    INSTANCE("StatusCheckFailed_Instance");

    private final String metricName;

    StatusCheck(String metricName) {
        this.metricName = metricName;
    }

    /** The AWS/EC2 metric that is 1 while the check fails. */
    public String metricName() {
        return metricName;
    }
}
