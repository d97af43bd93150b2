package dev.awsrecipes.testing.archfixture.unmarked.internal;

/** Public in an internal package without the marker. */
public final class Unmarked {}
