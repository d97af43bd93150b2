package dev.awsrecipes.ssh;

/** Which of an instance's addresses {@link SshRecipes#connect} connects to. */
public enum SshAddress {
    /** The public DNS name ({@code ec2-203-0-113-7.compute-1.amazonaws.com}). */
    PUBLIC_DNS,
    /** The public IPv4 address. */
    PUBLIC_IP,
    /** The private IPv4 address: from inside the VPC, or over a VPN or peering. */
    PRIVATE_IP
}
