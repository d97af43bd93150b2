package dev.awsrecipes.testing;

/**
 * The keys of one account on a test server, made for one test so nothing another test does is visible
 * to it. Get one from {@link Ec2Server#newAccount()}.
 *
 * @param accountId the account's 12-digit id
 * @param accessKeyId the access key that reaches it
 * @param secretKey the secret key to sign with
 */
public record AccountKeys(String accountId, String accessKeyId, String secretKey) {}
