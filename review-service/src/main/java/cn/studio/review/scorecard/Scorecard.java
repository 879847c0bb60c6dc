package cn.studio.review.scorecard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** 评分表: one reviewer's scores of one case in a round, a draft until submitted, then fixed. */
@Entity
@Table(name = "scorecard")
public class Scorecard extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ScorecardState", description = "DRAFT 草稿, SUBMITTED 已提交")
    public enum State { DRAFT, SUBMITTED }

    @Id
    public UUID id;
    public UUID roundId;
    public UUID applicationId;
    public String reviewer;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, BigDecimal> scores;
    public BigDecimal total;
    public String panelComment;
    public String applicantComment;
    @Enumerated(EnumType.STRING)
    public State state;
    public Instant updatedAt;
    public Instant submittedAt;
    @Version
    public int version;

    public static Scorecard of(UUID roundId, UUID applicationId, String reviewer) {
        return find("roundId = ?1 and applicationId = ?2 and reviewer = ?3", roundId, applicationId, reviewer).firstResult();
    }
}
