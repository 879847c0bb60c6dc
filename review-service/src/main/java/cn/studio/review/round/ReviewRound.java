package cn.studio.review.round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** 评审轮次: one campaign's review with its rubric, k reviewers per case, the load limit and deadlines. */
@Entity
@Table(name = "review_round")
public class ReviewRound extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID campaignId;
    public String name;
    @Enumerated(EnumType.STRING)
    public RoundState state;
    public int reviewersPerCase;
    public int maxLoad;
    public Instant scoringDeadline;
    public Instant siteVisitDeadline;
    @JdbcTypeCode(SqlTypes.JSON)
    public Rubric rubric;
    public String openedBy;
    public Instant openedAt;
    @Version
    public int version;

    public boolean scoringOpen(Instant now) {
        return state == RoundState.OPEN && now.isBefore(scoringDeadline);
    }
}
