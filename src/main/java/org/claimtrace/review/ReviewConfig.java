package org.claimtrace.review;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Presence rows are refreshed on a schedule ({@link ReviewPresence#heartbeat}). */
@Configuration
@EnableScheduling
class ReviewConfig {
}
