package org.claimtrace.attribution;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration
class CueDetectorConfig {

    /** One shared detector: the models load once (about 0.3 s), on first use. */
    @Bean
    @Lazy
    CueDetector cueDetector() {
        return new CueDetector();
    }
}
