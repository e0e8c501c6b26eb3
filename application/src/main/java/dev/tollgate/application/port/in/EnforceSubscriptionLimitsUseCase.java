package dev.tollgate.application.port.in;

/**
 * The usage job: reads each active subscription's traffic from its panel, starts start-on-first-use terms, and
 * disables on the panel (then records) subscriptions whose term is over or whose quota is used up.
 */
public interface EnforceSubscriptionLimitsUseCase {

    Result enforce();

    record Result(int checked, int expired, int limited, int panelErrors) {
    }
}
