package cn.studio.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The events this service wrote to its outbox about one subject (a studio id), oldest first. */
public final class Outboxed {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Outboxed() {
    }

    public static List<JsonNode> about(String key) {
        AgroalDataSource db = Arc.container().instance(AgroalDataSource.class).get();
        List<JsonNode> found = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select envelope from outbox_event where event_key = ? order by seq")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(JSON.readTree(rs.getString(1)));
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    public static List<String> types(String key) {
        return about(key).stream().map(e -> e.get("type").asText()).toList();
    }
}
