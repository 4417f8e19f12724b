package org.claimtrace.base;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.WeekFields;
import java.util.Locale;

/**
 * Dates as the newsroom writes them, the same in every list, page and date picker: by default
 * "4 Sep 2023, 18:30" (day, month, year; a 24-hour clock). The locale and the day pattern are the
 * newsroom's settings ({@code claimtrace.newsroom.locale}, {@code claimtrace.newsroom.date-pattern}),
 * applied once at start by {@link NewsroomDateSettings}.
 */
public final class NewsroomDates {

    public static final String DEFAULT_LOCALE = "en-GB";
    public static final String DEFAULT_DATE_PATTERN = "d MMM yyyy";

    private static volatile Formats formats = new Formats(Locale.forLanguageTag(DEFAULT_LOCALE), DEFAULT_DATE_PATTERN);

    private record Formats(Locale locale, String datePattern, DateTimeFormatter day, DateTimeFormatter published,
                           DateTimeFormatter utc) {
        // month and zone names in the locale's language alone: "Sep" and "EDT", where en-GB's own data says
        // "Sept" and "GMT-04:00"; the full locale decides the pickers' calendar and clock
        Formats(Locale locale, String datePattern) {
            this(locale, datePattern, DateTimeFormatter.ofPattern(datePattern, Locale.of(locale.getLanguage())),
                    DateTimeFormatter.ofPattern(datePattern + ", HH:mm zzz", Locale.of(locale.getLanguage())),
                    DateTimeFormatter.ofPattern(datePattern + ", HH:mm 'UTC'", Locale.of(locale.getLanguage()))
                            .withZone(ZoneOffset.UTC));
        }
    }

    private NewsroomDates() {
    }

    /** Sets the newsroom's locale and day pattern (a {@link DateTimeFormatter} pattern of d, M and y). */
    public static void use(Locale locale, String datePattern) {
        formats = new Formats(locale, datePattern);
    }

    public static Locale locale() {
        return formats.locale();
    }

    /** A publication time in the zone it was published in: "4 Sep 2023, 18:30 EDT"; "date unknown" for null. */
    public static String published(ZonedDateTime time) {
        return time == null ? "date unknown" : formats.published().format(time);
    }

    /** "4 Sep 2023"; "date unknown" for null. */
    public static String day(ZonedDateTime time) {
        return time == null ? "date unknown" : formats.day().format(time);
    }

    /** When something happened in Claimtrace: "24 Nov 2026, 15:40 UTC". */
    public static String utc(Instant time) {
        return formats.utc().format(time);
    }

    /** The picker shows and reads dates as the lists write them, weeks start as the newsroom's do. */
    public static <T extends DatePicker> T configure(T picker) {
        picker.setLocale(formats.locale());
        picker.setI18n(pickerI18n());
        return picker;
    }

    /** Date part as {@link #configure(DatePicker)}; the time part in the locale's clock (24-hour by default). */
    public static <T extends DateTimePicker> T configure(T picker) {
        picker.setLocale(formats.locale());
        picker.setDatePickerI18n(pickerI18n());
        return picker;
    }

    private static DatePicker.DatePickerI18n pickerI18n() {
        var firstDay = WeekFields.of(formats.locale()).getFirstDayOfWeek();
        // the first pattern is how a date is shown; the others are also accepted when typed
        return new DatePicker.DatePickerI18n()
                .setDateFormats(formats.datePattern(), "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd")
                .setFirstDayOfWeek(firstDay == DayOfWeek.SUNDAY ? 0 : firstDay.getValue());
    }
}
