package org.claimtrace.exchange;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link CodePoints} of the articles an export passes through, the most recent few kept (texts can be megabytes). */
class ArticleCodePoints {

    private static final int KEEP = 32;

    private final JdbcTemplate jdbc;
    private final Map<Long, CodePoints> recent = new LinkedHashMap<>(KEEP, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CodePoints> eldest) {
            return size() > KEEP;
        }
    };

    ArticleCodePoints(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    CodePoints of(long articleId) {
        return recent.computeIfAbsent(articleId, id -> new CodePoints(
                jdbc.queryForObject("SELECT text FROM article WHERE id = ?", String.class, id)));
    }
}
