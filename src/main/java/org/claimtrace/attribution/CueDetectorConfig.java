package org.claimtrace.attribution;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CueDetectorConfig {

    /** One shared detector: the models load once, at start (about 0.3 s). */
    @Bean
    CueDetector cueDetector() {
        return new CueDetector();
    }
}
