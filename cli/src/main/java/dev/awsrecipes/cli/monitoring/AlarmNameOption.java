package dev.awsrecipes.cli.monitoring;

import picocli.CommandLine.Option;

/** {@code --alarm-name NAME}, declared once for the commands on one alarm. */
public final class AlarmNameOption {
    @Option(names = "--alarm-name", required = true, paramLabel = "NAME")
    String alarmName;

    /** The alarm's name as given. */
    public String name() {
        return alarmName;
    }
}
