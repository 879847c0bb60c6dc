package cn.studio.notification.notification;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * This service's persistence: plain JDBC on its data source. Its tables are a work queue and a settings table —
 * inserts that skip what exists, claims with {@code FOR UPDATE SKIP LOCKED}, a whole plan as one statement over
 * arrays — which entities (Hibernate ORM / Panache, the suite's choice for aggregates) don't express. The connection is
 * the caller's transaction's (the data source is enlisted), so closing it hands it back without committing.
 */
@ApplicationScoped
public class Sql {
    @Inject
    AgroalDataSource db;

    /** Reads one row of a result. */
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** An array parameter: one column of many rows. */
    public record SqlArray(String type, Object[] values) {
    }

    public <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.read(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static <T> SqlArray array(String type, List<T> items, Function<T, Object> value) {
        return new SqlArray(type, items.stream().map(value).toArray());
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i] instanceof SqlArray a ? c.createArrayOf(a.type(), a.values()) : params[i]);
        }
        return ps;
    }
}
