package dev.awsrecipes.testing;

/** The servers every EC2, IAM, STS and SNS integration test runs against. */
public enum Ec2ServerKind implements ServerKind {
    /** LocalStack 4.14: the emulator of every AWS service the recipes use (its EC2 and IAM are a patched moto). */
    LOCALSTACK("localstack"),
    /**
     * moto 5.2 in server mode: EC2, IAM, STS, SNS and Organizations, with member accounts reached through
     * {@code sts:AssumeRole}; a second opinion on LocalStack, and the only one of the two with Organizations.
     */
    MOTO("moto");

    private final String label;

    Ec2ServerKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
