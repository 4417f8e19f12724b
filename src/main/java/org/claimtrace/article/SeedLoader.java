package org.claimtrace.article;

import org.claimtrace.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;

/**
 * Loads the demo articles of the top-level seeds/ folder (packaged on the classpath) that are not stored
 * yet, recognised by content hash, so restarts never duplicate them and a deleted seed is not forced back
 * unless its text is gone.
 */
@Component
@Order(10)
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final ArticleService articles;
    private final OutletService outlets;

    SeedLoader(ArticleService articles, OutletService outlets) {
        this.articles = articles;
        this.outlets = outlets;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var seeds = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt");
        Arrays.sort(seeds, Comparator.comparing(Resource::getFilename));
        SystemTask.run(() -> Arrays.stream(seeds).forEach(this::load));
    }

    private void load(Resource seed) {
        try {
            var text = seed.getContentAsString(StandardCharsets.UTF_8);
            if (articles.findByText(text).isPresent()) {
                return;
            }
            var meta = metadata(seed);
            var outlet = meta.getProperty("outlet");
            var kind = OutletKind.valueOf(meta.getProperty("outlet.kind", "OTHER"));
            if (outlets.findByName(outlet).isEmpty()) {
                var created = new Outlet(outlet, kind);
                created.setCountry(meta.getProperty("outlet.country"));
                created.setHomepage(meta.getProperty("outlet.homepage"));
                outlets.save(created);
            }
            var published = meta.getProperty("published");
            var article = articles.importArticle(new ArticleDraft(outlet, kind, meta.getProperty("headline"),
                    meta.getProperty("byline"), published == null ? null : ZonedDateTime.parse(published),
                    meta.getProperty("url"), meta.getProperty("language", "en"), text));
            log.info("Loaded seed article {} ({}): {}", seed.getFilename(), outlet, article.getHeadline());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed " + seed.getFilename(), e);
        }
    }

    private static Properties metadata(Resource seed) throws IOException {
        var name = seed.getFilename().replaceFirst("\\.txt$", ".properties");
        var props = new Properties();
        try (var in = new InputStreamReader(seed.createRelative(name).getInputStream(), StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return props;
    }
}
