package cn.studio.notification.notification;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Dates in notices as people write them: {@code 2026年12月25日 17:00（北京时间）} for a moment, {@code 2026年12月25日}
 * for a day — never an ISO timestamp. Events carry ISO-8601 times (with an offset, or {@code Z}) and dates; a moment is
 * shown in Beijing time whatever offset it came with. The one formatter every template uses, as
 * {@code {when:time(data.deadline)}} and {@code {when:date(data.deadline)}}.
 */
@TemplateExtension(namespace = "when")
public final class NoticeDates {
    /** The suite's users are in mainland China: every notice speaks Beijing time. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{9,11}(\\.\\d+)?");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm（北京时间）");

    private NoticeDates() {
    }

    /**
     * A moment: {@code 2026年12月25日 17:00（北京时间）}; a value that is only a day reads as {@link #date}. A value that is
     * not a date at all is shown as it came, so a producer's mistake cannot stop a notice.
     */
    public static String time(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().strip();
        ZonedDateTime moment = moment(text);
        if (moment != null) {
            return MOMENT.format(moment);
        }
        LocalDate day = day(text);
        return day != null ? DAY.format(day) : text;
    }

    /** A day: {@code 2026年12月25日} (a moment is shown as its day in Beijing). */
    public static String date(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().strip();
        ZonedDateTime moment = moment(text);
        if (moment != null) {
            return DAY.format(moment);
        }
        LocalDate day = day(text);
        return day != null ? DAY.format(day) : text;
    }

    /**
     * An ISO time with an offset or zone, or without one (then taken as Beijing time), or epoch seconds as a number (how
     * Jackson writes a time when told to write timestamps); null if it is none.
     */
    private static ZonedDateTime moment(String text) {
        if (EPOCH_SECONDS.matcher(text).matches()) {
            BigDecimal seconds = new BigDecimal(text);
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue())
                    .atZone(BEIJING);
        }
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
            return t instanceof ZonedDateTime z ? z.withZoneSameInstant(BEIJING) : ((LocalDateTime) t).atZone(BEIJING);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
