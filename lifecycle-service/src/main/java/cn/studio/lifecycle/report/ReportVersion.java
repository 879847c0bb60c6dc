package cn.studio.lifecycle.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One submission of a report, fixed: its sections and attachments as submitted, and 区总工会's decision on it. */
@Entity
@Table(name = "report_version")
public class ReportVersion extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID reportId;
    public int number;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> sections;
    /** The checked attachments at submission: {@code id}, {@code kind}, {@code fileName}, {@code contentType}, {@code sizeBytes}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> attachments;
    public String submittedBy;
    public Instant submittedAt;
    public String decision;
    public String comment;
    public String decidedBy;
    public Instant decidedAt;
}
