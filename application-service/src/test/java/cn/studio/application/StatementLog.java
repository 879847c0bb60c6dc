package cn.studio.application;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;

/**
 * Test only: the SQL Hibernate sends (every statement of the persistence unit, native ones included, as written before
 * the driver numbers its parameters), recorded with the thread that sent it while a test asks for it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementLog implements StatementInspector {
    public record Statement(String thread, String sql) {
    }

    private static final List<Statement> RECORDED = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (RECORDED) {
                RECORDED.add(new Statement(Thread.currentThread().getName(), sql));
            }
        }
        return sql;
    }

    /** The statements sent while {@code action} ran, by any thread, in order. */
    public static List<Statement> during(Runnable action) {
        synchronized (RECORDED) {
            RECORDED.clear();
        }
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }
}
