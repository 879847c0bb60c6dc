package cn.studio.review.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A campaign as application-service announced it: what review needs (title, the quota of studios to name). */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    public UUID id;
    public int year;
    public String title;
    public int quota;
    public Instant deadline;
    public Instant updatedAt;
}
