package cn.studio.review.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One studio on the named list: 「<领军人>职工创新工作室」, district level, its funding and the city flag. */
@Entity
@Table(name = "decision_entry")
public class DecisionEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID decisionId;
    public UUID applicationId;
    public int position;
    public String namedTitle;
    public BigDecimal fundingWanYuan;
    public boolean cityRecommended;

    public static List<DecisionEntry> of(UUID decisionId) {
        return list("decisionId = ?1 order by position", decisionId);
    }
}
