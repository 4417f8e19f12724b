package org.claimtrace.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    @Test
    void failedTriesFromOneAddressAreLimitedWhateverTheAccount() {
        var throttle = new LoginThrottle(100, 3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBefore("user" + i, "10.0.0.1")).isEmpty();
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.waitBefore("someone-else", "10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(61)));
        assertThat(throttle.waitBefore("someone-else", "10.0.0.2")).as("another address").isEmpty();
    }

    @Test
    void failedTriesForOneAccountAreLimitedFromAnyAddressAndASuccessRefillsThem() {
        var throttle = new LoginThrottle(2, 100, Duration.ofMinutes(1));
        throttle.failed("Editor", "10.0.0.1");
        throttle.failed("editor", "10.0.0.2");
        assertThat(throttle.waitBefore("EDITOR", "10.0.0.3")).isPresent();
        throttle.succeeded("editor");
        assertThat(throttle.waitBefore("editor", "10.0.0.3")).isEmpty();
    }

    @Test
    void triesComeBackOneARefillPeriod() throws Exception {
        var throttle = new LoginThrottle(1, 100, Duration.ofMillis(200));
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.waitBefore("editor", "10.0.0.1")).isPresent();
        Thread.sleep(250);
        assertThat(throttle.waitBefore("editor", "10.0.0.1")).isEmpty();
    }
}
