package org.claimtrace.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Applies the newsroom's date settings at start, before any view is built. */
@Component
class NewsroomDateSettings {

    NewsroomDateSettings(@Value("${claimtrace.newsroom.locale:" + NewsroomDates.DEFAULT_LOCALE + "}") String locale,
                         @Value("${claimtrace.newsroom.date-pattern:" + NewsroomDates.DEFAULT_DATE_PATTERN + "}") String pattern) {
        NewsroomDates.use(Locale.forLanguageTag(locale), pattern);
    }
}
