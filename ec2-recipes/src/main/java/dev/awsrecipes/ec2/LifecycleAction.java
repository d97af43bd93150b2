package dev.awsrecipes.ec2;

/** What {@link InstanceRecipes#changeState(java.util.function.Consumer)} does to instances (E14). */
public enum LifecycleAction {
    /** Start stopped instances; waits, when asked, until they are {@code running}. */
    START("running"),
    /** Stop running instances; waits, when asked, until they are {@code stopped}. */
    STOP("stopped"),
    /** Terminate instances, for good; waits, when asked, until they are {@code terminated}. */
    TERMINATE("terminated");

    private final String targetState;

    LifecycleAction(String targetState) {
        this.targetState = targetState;
    }

    /** The state the instances end in. */
    public String targetState() {
        return targetState;
    }
}
