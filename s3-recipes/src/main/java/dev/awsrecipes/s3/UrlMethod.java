package dev.awsrecipes.s3;

/** What a presigned URL lets its holder do. */
public enum UrlMethod {
    /** Download the object. */
    GET,
    /** Upload (replace) the object. */
    PUT
}
