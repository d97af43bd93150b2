package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InvalidArgumentException;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;

/** M4: how an alarm compares its statistic with the threshold, written as {@code >}, {@code >=}, {@code <}, {@code <=}. */
public enum Comparison {
    /** {@code >}. */
    GREATER_THAN(">", ComparisonOperator.GREATER_THAN_THRESHOLD),
    /** {@code >=}. */
    GREATER_THAN_OR_EQUAL(">=", ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD),
    /** {@code <}. */
    LESS_THAN("<", ComparisonOperator.LESS_THAN_THRESHOLD),
    /** {@code <=}. */
    LESS_THAN_OR_EQUAL("<=", ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD);

    private final String symbol;
    private final ComparisonOperator operator;

    Comparison(String symbol, ComparisonOperator operator) {
        this.symbol = symbol;
        this.operator = operator;
    }

    /** The symbol, e.g. {@code >=}. */
    public String symbol() {
        return symbol;
    }

    /** CloudWatch's name for it. */
    public ComparisonOperator operator() {
        return operator;
    }

    /**
     * The comparison written as a symbol ({@code >}, {@code >=}, {@code <}, {@code <=}) or as
     * CloudWatch's operator name ({@code GreaterThanThreshold}); anything else is rejected.
     */
    public static Comparison of(String text) {
        Check.notBlank(text, "comparison");
        String value = text.trim();
        for (Comparison c : values()) {
            if (c.symbol.equals(value) || c.operator.toString().equalsIgnoreCase(value)) {
                return c;
            }
        }
        if (ComparisonOperator.fromValue(value) != ComparisonOperator.UNKNOWN_TO_SDK_VERSION) {
            return of(ComparisonOperator.fromValue(value)); // an anomaly band: rejected with that reason
        }
        throw new InvalidArgumentException("comparison", "comparison \"" + text + "\" is not one of >, >=, <, <=");
    }

    /** The comparison for one of CloudWatch's four plain threshold operators. */
    public static Comparison of(ComparisonOperator operator) {
        Check.notNull(operator, "comparison");
        for (Comparison c : values()) {
            if (c.operator == operator) {
                return c;
            }
        }
        throw new InvalidArgumentException(
                "comparison",
                "comparison " + operator + " is not one of >, >=, <, <= (anomaly bands are not supported)");
    }
}
