package cn.studio.lifecycle.result;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One innovation result (创新成果) of a studio, counted in the year it was achieved. */
@Entity
@Table(name = "innovation_result")
public class InnovationResult extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID studioId;
    public int year;
    public String title;
    @Enumerated(EnumType.STRING)
    public ResultType type;
    public String patentNumber;
    public LocalDate patentDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> participants;
    public BigDecimal economicBenefitWanYuan;
    public String socialBenefit;
    public LocalDate achievedOn;
    public String recordedBy;
    public Instant recordedAt;
    public Instant updatedAt;
    @Version
    public int version;
}
