package org.claimtrace.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

class NewsroomDatesTest {

    private static final ZonedDateTime TIMES = ZonedDateTime.of(2023, 9, 4, 18, 30, 0, 0, ZoneId.of("America/New_York"));

    @Test
    void listsAndPickersUseTheNewsroomsDayMonthYearAndA24HourClock() {
        assertThat(NewsroomDates.published(TIMES)).isEqualTo("4 Sep 2023, 18:30 EDT");
        assertThat(NewsroomDates.day(TIMES)).isEqualTo("4 Sep 2023");
        var picker = NewsroomDates.configure(new DatePicker());
        assertThat(picker.getI18n().getDateFormats()).startsWith("d MMM yyyy");
        assertThat(picker.getLocale()).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        var dateTime = NewsroomDates.configure(new DateTimePicker());
        assertThat(dateTime.getLocale()).isEqualTo(Locale.forLanguageTag("en-GB"));
    }

    @Test
    void anotherNewsroomsSettingsChangeEveryFormat() {
        try {
            NewsroomDates.use(Locale.forLanguageTag("de-DE"), "dd.MM.yyyy");
            assertThat(NewsroomDates.published(TIMES)).startsWith("04.09.2023, 18:30");
            assertThat(NewsroomDates.configure(new DatePicker()).getI18n().getDateFormats()).startsWith("dd.MM.yyyy");
        } finally {
            NewsroomDates.use(Locale.forLanguageTag(NewsroomDates.DEFAULT_LOCALE), NewsroomDates.DEFAULT_DATE_PATTERN);
        }
    }
}
