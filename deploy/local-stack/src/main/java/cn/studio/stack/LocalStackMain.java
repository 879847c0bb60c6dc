package cn.studio.stack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher behind {@code ./start-local.sh [--data DIR] [--servers-only]}.
 * Starts the whole suite, prints where everything is, and stops every process it started on Ctrl-C.
 */
public final class LocalStackMain {
    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SuiteLayout layout = SuiteLayout.locate();
        Path data = layout.root().resolve(".local-stack");
        boolean withApps = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--servers-only" -> withApps = false;
                default -> {
                    System.err.println("usage: local-stack [--data DIR] [--servers-only]");
                    System.exit(2);
                }
            }
        }
        System.out.println("starting the local stack (data in " + data.toAbsolutePath().normalize() + ") ...");
        LocalStack stack;
        try {
            stack = LocalStack.start(layout, StackPorts.defaults(), data, withApps);
        } catch (StackException e) {
            System.err.println("\nthe local stack could not start:\n  " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nstopping the local stack ...");
            stack.close();
            System.out.println("stopped.");
            stopped.countDown();
        }, "local-stack-shutdown"));
        System.out.println(summary(stack));
        stopped.await();
    }

    static String summary(LocalStack stack) {
        StackPorts p = stack.ports();
        StringBuilder s = new StringBuilder();
        s.append("\n职工创新工作室 local stack is ready in ").append(stack.startTime().toMillis() / 1000.0).append(" s\n\n");
        s.append(String.format("  %-22s %s%n", "gateway (the API)", stack.gatewayUrl() + "/api/v1"));
        s.append(String.format("  %-22s %s%n", "OpenAPI index", stack.gatewayUrl() + "/api/docs"));
        stack.apps().forEach((name, app) ->
                s.append(String.format("  %-22s %s  (swagger: %s/q/swagger-ui)%n", name, app.url(), app.url())));
        s.append(String.format("  %-22s %s  (admin console: admin / admin)%n", "Keycloak", stack.keycloak().url()));
        s.append(String.format("  %-22s %s%n", "token endpoint", stack.keycloak().tokenUrl()));
        s.append(String.format("  %-22s jdbc:postgresql://127.0.0.1:%d/{application,review,lifecycle,notification} user postgres%n", "PostgreSQL", p.postgres()));
        s.append(String.format("  %-22s %s%n", "Kafka", stack.kafka().bootstrapServers()));
        s.append(String.format("  %-22s %s  (%s / %s, bucket %s)%n", "object store (S3)", stack.objectStore().endpoint(),
                ObjectStoreServer.DEFAULT_ACCESS_KEY, ObjectStoreServer.DEFAULT_SECRET_KEY, LocalStack.MEDIA_BUCKET));
        s.append(String.format("  %-22s smtp://127.0.0.1:%d  received mail: %s%n", "SMTP server", p.smtp(), stack.mail().listingUrl()));
        s.append(String.format("  %-22s imap://127.0.0.1:%d  (notices archive: %s / %s)%n", "IMAP server", p.imap(),
                MailSink.ARCHIVE_LOGIN, MailSink.ARCHIVE_PASSWORD));
        s.append(String.format("  %-22s %s  received SMS: %s/messages%n", "SMS sink", stack.sms().url(), stack.sms().url()));
        s.append("\n  demo logins (password = user name): admin1 (union-admin), commission1 (commission),\n");
        s.append("    reviewer1..reviewer5 (reviewer), recommender1 (recommender, sys-industry),\n");
        s.append("    applicant1 (applicant, unit-001), applicant2 (applicant, unit-002), studio1 (studio)\n");
        s.append("  a token: curl -s ").append(stack.keycloak().tokenUrl())
                .append(" -d grant_type=password -d client_id=studio-spa -d username=applicant1 -d password=applicant1\n");
        s.append("\n  data: ").append(stack.dataDir()).append("\n  logs: ").append(stack.logDir()).append("\n");
        s.append("\n  Ctrl-C stops everything.\n");
        return s.toString();
    }
}
