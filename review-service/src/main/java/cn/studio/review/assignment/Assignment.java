package cn.studio.review.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A reviewer assigned to a case in a round. */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssignmentMethod", description = "MANUAL 手动, AUTOMATIC 自动")
    public enum Method { MANUAL, AUTOMATIC }

    @Id
    public UUID id;
    public UUID roundId;
    public UUID applicationId;
    public String reviewer;
    @Enumerated(EnumType.STRING)
    public Method method;
    public String assignedBy;
    public Instant assignedAt;

    public static boolean exists(UUID roundId, UUID applicationId, String reviewer) {
        return count("roundId = ?1 and applicationId = ?2 and reviewer = ?3", roundId, applicationId, reviewer) > 0;
    }
}
