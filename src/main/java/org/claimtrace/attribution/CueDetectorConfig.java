package org.claimtrace.attribution;

import org.claimtrace.base.BackgroundModels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CueDetectorConfig {

    /** One shared detector; its OpenNLP models (about 0.5 s) load in the background, not on the start-up path. */
    @Bean
    BackgroundModels.Model<CueDetector> cueDetector(BackgroundModels models) {
        return models.register("the cue detector's OpenNLP models", CueDetector::new);
    }
}
