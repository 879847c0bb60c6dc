package cn.studio.bench;

import cn.studio.stack.Folders;
import cn.studio.stack.LocalStack;
import cn.studio.stack.MailSink;
import cn.studio.stack.Ports;
import cn.studio.stack.StackPorts;
import cn.studio.stack.SuiteLayout;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): notification-service at campaign scale, on a stack of its own (real PostgreSQL, Kafka,
 * Keycloak, SMTP server; two notification-service instances sharing the work), every figure beside a baseline taken
 * in the same run. {@code deploy/bench/notification-latency.sh [events] [rate] [fan-out recipients]}.
 * <ol>
 *   <li>latency: {@code application.submitted} events at a fixed rate → e-mail accepted by the SMTP server (p50, p99),
 *       beside raw Kafka produce → consume on the same broker at the same rate;</li>
 *   <li>fan-out: one {@code campaign.opened} to N directory users (created through Keycloak's admin API) → every
 *       e-mail accepted, as e-mails per second, beside a plain SMTP client sending the same N messages to the same
 *       server.</li>
 * </ol>
 */
public final class NotificationBench {
    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int fanOut = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        Path data = Path.of("target", "bench-stack").toAbsolutePath();
        Folders.deleteRecursively(data.resolve("postgres"));
        Folders.deleteRecursively(data.resolve("kafka"));
        SuiteLayout layout = SuiteLayout.locate();
        System.out.println("starting a stack of its own (servers, two notification-service instances) ...");
        Map<String, String> settings = Map.of("studio.sms.quiet-hours.start", "00:00", "studio.sms.quiet-hours.end", "00:00");
        try (LocalStack stack = LocalStack.start(layout, StackPorts.random(), data, false, settings)) {
            stack.launchAnother(layout, "notification-service", "notification-1", Ports.free());
            stack.launchAnother(layout, "notification-service", "notification-2", Ports.free());
            String kafka = stack.kafka().bootstrapServers();
            MailSink mail = stack.mail();

            System.out.println("warming up (200 events at 50/s, not counted) ...");
            Latency.toEmail(kafka, mail, 200, 50);
            List<Long> raw = Latency.rawKafka(kafka, events, rate);
            List<Long> notify = Latency.toEmail(kafka, mail, events, rate);
            System.out.printf("%nlatency, %d events at %d/s, 2 instances%n", events, rate);
            System.out.printf("  raw Kafka produce→consume:   p50 %4d ms, p99 %4d ms (%d records)%n", pct(raw, 50), pct(raw, 99), raw.size());
            System.out.printf("  event → e-mail accepted:     p50 %4d ms, p99 %4d ms (%d events)%n", pct(notify, 50), pct(notify, 99), notify.size());
            System.out.printf("  ratio to the bare broker hop: p50 %.1fx, p99 %.1fx%n",
                    (double) pct(notify, 50) / Math.max(1, pct(raw, 50)), (double) pct(notify, 99) / Math.max(1, pct(raw, 99)));
            Latency.Phases phases = Latency.phases(stack.postgres().jdbcUrl("notification"), cn.studio.stack.PostgresServer.USER);
            System.out.printf("  where it went (p50 / p99): event → planned %d / %d ms, planned → sender %d / %d ms, SMTP %d / %d ms%n",
                    pct(phases.plan(), 50), pct(phases.plan(), 99), pct(phases.queue(), 50), pct(phases.queue(), 99),
                    pct(phases.send(), 50), pct(phases.send(), 99));

            FanOut fan = new FanOut(stack.keycloak(), kafka, mail);
            fan.createApplicants(fanOut);
            double service = fan.campaignOpened(fanOut);
            double plain = fan.plainSmtpClient(stack.ports().smtp(), fanOut);
            System.out.printf("%nfan-out: one campaign.opened to %d applicants, 2 instances%n", fanOut);
            System.out.printf("  notification-service:          %6.0f e-mails/s accepted%n", service);
            System.out.printf("  plain SMTP client, same server: %6.0f e-mails/s accepted%n", plain);
            System.out.printf("  ratio: %.2fx%n", service / plain);
            System.out.printf("  where it went: %s%n", fan.phases(stack.postgres().jdbcUrl("notification"), cn.studio.stack.PostgresServer.USER));
        }
        System.exit(0);
    }

    static long pct(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.round(p / 100.0 * (sorted.size() - 1))));
    }

    private NotificationBench() {
    }
}
