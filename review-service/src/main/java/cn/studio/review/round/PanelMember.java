package cn.studio.review.round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** A reviewer on a round's panel: only they can be assigned in it. */
@Entity
@Table(name = "round_reviewer")
public class PanelMember extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID roundId;
    public String username;

    public static List<String> usernames(UUID roundId) {
        return PanelMember.<PanelMember>list("roundId = ?1 order by username", roundId).stream()
                .map(m -> m.username).toList();
    }

    public static boolean onPanel(UUID roundId, String username) {
        return count("roundId = ?1 and username = ?2", roundId, username) > 0;
    }
}
