package cn.studio.notification.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** No SMS at night (default 22:00–08:00 Asia/Shanghai): a notice due then is held until the quiet hours end. */
@ApplicationScoped
public class QuietHours {
    @ConfigMapping(prefix = "studio.sms.quiet-hours")
    public interface Config {
        @WithDefault("22:00")
        LocalTime start();

        @WithDefault("08:00")
        LocalTime end();

        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }

    @Inject
    Config config;

    /** The first moment at or after {@code at} when an SMS may go out. */
    public Instant nextAllowed(Instant at) {
        return nextAllowed(at, config.start(), config.end(), config.zone());
    }

    static Instant nextAllowed(Instant at, LocalTime start, LocalTime end, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime t = local.toLocalTime();
        boolean quiet = start.isAfter(end) ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
        if (!quiet) {
            return at;
        }
        ZonedDateTime release = local.with(end).withSecond(0).withNano(0);
        return (release.isAfter(local) ? release : release.plusDays(1)).toInstant();
    }
}
