package cn.studio.notification.preference;

import cn.studio.notification.notification.Category;
import cn.studio.notification.notification.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    EntityManager em;

    public boolean wants(String username, Category category, Channel channel) {
        if (channel == Channel.INBOX || username.startsWith("contact:")) {
            return true;
        }
        List<?> row = em.createNativeQuery("select enabled from notification_preference where username = ?1 and category = ?2 and channel = ?3")
                .setParameter(1, username).setParameter(2, category.name()).setParameter(3, channel.name()).getResultList();
        return row.isEmpty() || Boolean.TRUE.equals(row.get(0));
    }

    @Transactional
    public List<Preference> of(String username) {
        Map<String, Boolean> stored = new HashMap<>();
        for (Object o : em.createNativeQuery("select category, channel, enabled from notification_preference where username = ?1")
                .setParameter(1, username).getResultList()) {
            Object[] r = (Object[]) o;
            stored.put(r[0] + "/" + r[1], (Boolean) r[2]);
        }
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
            em.createNativeQuery("insert into notification_preference (username, category, channel, enabled) values (?1, ?2, ?3, ?4) "
                            + "on conflict (username, category, channel) do update set enabled = excluded.enabled")
                    .setParameter(1, username).setParameter(2, p.category().name()).setParameter(3, p.channel().name())
                    .setParameter(4, p.enabled()).executeUpdate();
        }
        return of(username);
    }
}
