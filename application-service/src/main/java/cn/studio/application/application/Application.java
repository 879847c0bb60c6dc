package cn.studio.application.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.UUID;

/**
 * 申报: one unit's application to one campaign. Access and lists use the columns; the form is one JSON document.
 * Updates write only the changed columns, so a step of the flow does not rewrite the form.
 */
@Entity
@Table(name = "application")
@DynamicUpdate
public class Application extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID campaignId;
    public String applicantOrg;
    public String recommenderOrg;
    @Enumerated(EnumType.STRING)
    public ApplicationState state;
    public String leaderName;
    /**
     * A value: replaced as a whole ({@code app.form = …}), never changed in place, so Hibernate keeps no parsed copy of
     * it to compare with (its default for JSON: write and parse the form again on every load) and a changed form is
     * one that is not {@code equals} to the loaded one.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    @Mutability(Immutability.class)
    public ApplicationForm form;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant submittedAt;
    public String recommenderOpinion;                  // 推荐单位意见
    public Instant endorsedAt;
    public String screeningReason;
    /** How often it was submitted (its SUBMITTED transitions), the number the application.submitted event carries. */
    public int submissionCount;
    @Version
    public int version;

    /** 以领军人物命名: the studio's name unless the form gives one. */
    public String studioName() {
        if (form != null && form.studio() != null && form.studio().name() != null && !form.studio().name().isBlank()) {
            return form.studio().name();
        }
        return leaderName == null || leaderName.isBlank() ? "（未填写领军人）职工创新工作室" : leaderName + "职工创新工作室";
    }
}
