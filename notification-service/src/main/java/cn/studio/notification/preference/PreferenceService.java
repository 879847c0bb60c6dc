package cn.studio.notification.preference;

import cn.studio.notification.notification.Category;
import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which categories a user wants on which channel; everything is wanted until the user says otherwise. */
@ApplicationScoped
public class PreferenceService {
    public static final List<Channel> CHOOSABLE = List.of(Channel.EMAIL, Channel.SMS);

    public record Preference(Category category, String categoryLabel, Channel channel, boolean enabled) {
    }

    @Inject
    Sql sql;

    @Transactional
    public List<Preference> of(String username) {
        Map<String, Boolean> stored = new HashMap<>();
        sql.query("select category, channel, enabled from notification_preference where username = ?",
                rs -> stored.put(rs.getString(1) + "/" + rs.getString(2), rs.getBoolean(3)), username);
        List<Preference> result = new ArrayList<>();
        for (Category c : Category.values()) {
            for (Channel ch : CHOOSABLE) {
                result.add(new Preference(c, c.label, ch, stored.getOrDefault(c.name() + "/" + ch.name(), true)));
            }
        }
        return result;
    }

    @Transactional
    public List<Preference> update(String username, List<Preference> changes) {
        for (Preference p : changes) {
            sql.update("insert into notification_preference (username, category, channel, enabled) values (?, ?, ?, ?) "
                            + "on conflict (username, category, channel) do update set enabled = excluded.enabled",
                    username, p.category().name(), p.channel().name(), p.enabled());
        }
        return of(username);
    }
}
