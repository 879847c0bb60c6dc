package cn.studio.review.reviewer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** 评审专家: the org comes from the reviewer's own token (automatic conflicts), the expertise is declared. */
@Entity
@Table(name = "reviewer")
public class Reviewer extends PanacheEntityBase {
    @Id
    public String username;
    public String orgId;
    public String displayName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> expertise;
    public Instant updatedAt;
}
