package org.claimtrace.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * Spring Data's JPA repositories, with each {@code @Query} read by Spring Data's regular-expression query enhancer
 * instead of its ANTLR HQL parser. The enhancer only finds the alias, a constructor expression and where to add a
 * sort or a count; Hibernate itself still parses and checks every query at start. The ANTLR parser, cold at every
 * start, was about a tenth of the main thread's start-up work (decision 008).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.claimtrace", queryEnhancerSelector = RepositoriesConfig.RegexQueryEnhancer.class)
public class RepositoriesConfig {

    public static class RegexQueryEnhancer extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {
        public RegexQueryEnhancer() {
            super(DEFAULT_NATIVE, QueryEnhancerFactories.fallback());
        }
    }
}
