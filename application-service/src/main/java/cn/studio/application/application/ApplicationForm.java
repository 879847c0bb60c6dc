package cn.studio.application.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * 职工创新工作室申报表, every field of the original form, typed. A draft may leave anything empty; the submission rules
 * ({@link SubmissionRules}) decide what must be there. Sizes are capped even for drafts so a form stays a form.
 */
public record ApplicationForm(
        @Size(max = 64) String recommenderOrgId,                 // 推荐单位
        @Valid Contact contact,                                  // 联系人及联系方式
        @Valid Leader leader,                                    // 领军人
        @Valid Studio studio,                                    // 工作室
        @Valid HostUnit hostUnit,                                // 所在单位
        @Size(max = 150, message = "工作室参与人不超过150人") List<@Valid Participant> participants,
        @Valid Achievements achievements,                        // 主要工作业绩
        @Size(max = 5000, message = "本年工作内容不超过5000字") String thisYearWork,
        @Size(max = 5000, message = "明年工作计划不超过5000字") String nextYearPlan,
        @Size(max = 2000, message = "所在单位意见不超过2000字") String hostUnitOpinion) {

    public static ApplicationForm empty() {
        return new ApplicationForm(null, null, null, null, null, List.of(), null, null, null, null);
    }

    public List<Participant> participantsOrEmpty() {
        return participants == null ? List.of() : participants;
    }

    public record Contact(@Size(max = 50) String name, @Size(max = 30) String phone, @Size(max = 100) String email) {
    }

    public enum Gender { MALE, FEMALE }

    public record Leader(
            @Size(max = 50) String name,
            Gender gender,
            @JsonFormat(pattern = "yyyy-MM") YearMonth birthMonth,
            @Size(max = 50) String education,
            @Size(max = 100) String titleOrSkillLevel,           // 职称/技能等级
            @Size(max = 30) String phone,
            @Size(max = 20) String mobile,
            @Size(max = 100) String email,
            @Size(max = 1000) String honours,                    // 曾获荣誉
            Boolean modelWorker,                                 // 是否劳模
            Boolean previouslyNamedDistrictStudio) {             // 是否曾被评为区级职工创新工作室
    }

    public enum InnovationField { TECHNOLOGY, MANAGEMENT, MARKETING_MODEL, BRAND_STRATEGY, OTHER }

    public enum ResultField { SCIENCE_TECHNOLOGY, CULTURE, OTHER }

    public enum PublicityMaterial { PUBLICITY_VIDEO, AWARD_MATERIAL, OTHER }

    public record Studio(
            @Size(max = 100) String name,                        // defaults to 「领军人姓名」职工创新工作室
            @JsonFormat(pattern = "yyyy-MM") YearMonth foundedMonth,
            Integer headcount,
            BigDecimal areaSquareMeters,
            @Valid Funding funding,
            @Size(max = 200, message = "设备清单不超过200行") List<@Valid Equipment> equipment,
            Boolean equipmentListAttached,
            Set<InnovationField> innovationFields,
            @Size(max = 200) String innovationFieldsOther,
            Set<ResultField> resultFields,
            @Size(max = 200) String resultFieldsOther,
            Set<PublicityMaterial> publicityMaterials,
            @Size(max = 200) String publicityMaterialsOther) {
    }

    /** 经费构成 in 万元 with two decimals: 合计 = 本单位支持 + 外部资金 + 自筹资金 + 其他. */
    public record Funding(BigDecimal total, BigDecimal unitSupport, BigDecimal external, BigDecimal selfRaised,
                          BigDecimal other, @Size(max = 200) String otherText) {
    }

    public record Equipment(@Size(max = 100) String name, @Size(max = 100) String model, Integer quantity,
                            @Size(max = 200) String purpose) {
    }

    public enum UnitNature { PUBLIC, NON_PUBLIC }

    public record HostUnit(@Size(max = 200) String name, @Size(max = 200) String address, UnitNature nature) {
    }

    public record Participant(
            @Size(max = 50) String name,
            @JsonFormat(pattern = "yyyy-MM") YearMonth birthMonth,
            @Size(max = 50) String education,
            @Size(max = 100) String titleOrSkillLevel,
            @Size(max = 100) String department,
            @Size(max = 200) String role) {                       // 主要分工
    }

    public record Achievements(
            @Size(max = 5000) String innovationResults,          // 创新成果及转化情况（获得专利权）
            @Size(max = 5000) String talentTraining,             // 人才培养情况
            @Size(max = 5000) String benefits) {                 // 创新的经济效益和社会效益
    }
}
