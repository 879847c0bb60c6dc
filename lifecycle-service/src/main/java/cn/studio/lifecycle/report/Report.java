package cn.studio.lifecycle.report;

import cn.studio.lifecycle.obligation.ObligationKind;
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
import java.util.Map;
import java.util.UUID;

/** A plan or summary a studio files for one obligation: its text sections now, its submissions in {@link ReportVersion}. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID studioId;
    public UUID obligationId;
    @Enumerated(EnumType.STRING)
    public ObligationKind kind;
    public int year;
    public int quarter;
    @Enumerated(EnumType.STRING)
    public ReportState state;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> sections;
    /** How many times it was submitted: the number of its latest version. */
    public int submissions;
    @Version
    public int version;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
}
