package cn.studio.application.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * 职工创新工作室申报表, every field of the original form, typed. A draft may leave anything empty; the submission rules
 * ({@link SubmissionRules}) decide what must be there. Sizes are capped even for drafts so a form stays a form.
 * <p>
 * API documentation: no field is {@code required} in the schema, because a draft really may omit any of them; what
 * the submission needs is marked 【提交必填】 in the descriptions and listed, per object, in {@code x-required-to-submit}.
 */
@Schema(description = "职工创新工作室申报表 / the application form. 草稿可不完整：任何字段都可暂缺（a draft may omit anything）；"
        + "提交时按规则整体检查，标【提交必填】的字段须填写（422 逐项列出不符合之处）。",
        extensions = @Extension(name = "x-required-to-submit", parseValue = true, value = "[\"recommenderOrgId\", "
                + "\"contact\", \"leader\", \"studio\", \"hostUnit\", \"achievements\", \"thisYearWork\", \"nextYearPlan\", "
                + "\"hostUnitOpinion\"]"))
public record ApplicationForm(
        @Schema(nullable = true, description = "【提交必填】推荐单位的 id（`GET /api/v1/orgs` 中 kind=RECOMMENDER，且须是本单位的上级）"
                + " / the recommending unit: the applicant unit's own parent in the org tree", examples = "sys-industry")
        @Size(max = 64) String recommenderOrgId,
        @Schema(nullable = true, description = "联系人及联系方式 / contact person") @Valid Contact contact,
        @Schema(nullable = true, description = "领军人 / the studio's leader") @Valid Leader leader,
        @Schema(nullable = true, description = "工作室 / the studio") @Valid Studio studio,
        @Schema(nullable = true, description = "所在单位 / the host unit") @Valid HostUnit hostUnit,
        @Schema(nullable = true, description = "工作室参与人，人数须等于 studio.headcount（至多150人）/ participants, as many as studio.headcount")
        @Size(max = 150, message = "工作室参与人不超过150人") List<@Valid Participant> participants,
        @Schema(nullable = true, description = "主要工作业绩 / main achievements") @Valid Achievements achievements,
        @Schema(nullable = true, description = "【提交必填】本年工作内容 / this year's work (≤ 5000 字)")
        @Size(max = 5000, message = "本年工作内容不超过5000字") String thisYearWork,
        @Schema(nullable = true, description = "【提交必填】明年工作计划 / next year's plan (≤ 5000 字)")
        @Size(max = 5000, message = "明年工作计划不超过5000字") String nextYearPlan,
        @Schema(nullable = true, description = "【提交必填】所在单位意见 / the host unit's opinion (≤ 2000 字)")
        @Size(max = 2000, message = "所在单位意见不超过2000字") String hostUnitOpinion) {

    public static ApplicationForm empty() {
        return new ApplicationForm(null, null, null, null, null, List.of(), null, null, null, null);
    }

    public List<Participant> participantsOrEmpty() {
        return participants == null ? List.of() : participants;
    }

    @Schema(description = "联系人及联系方式 / contact person of the applicant unit",
            extensions = @Extension(name = "x-required-to-submit", parseValue = true, value = "[\"name\", \"phone\"]"))
    public record Contact(
            @Schema(nullable = true, description = "【提交必填】联系人 / name", examples = "李联络") @Size(max = 50) String name,
            @Schema(nullable = true, description = "【提交必填】联系电话 / phone", examples = "010-66668888") @Size(max = 30) String phone,
            @Schema(nullable = true, description = "电子邮箱 / e-mail", examples = "contact@unit001.cn") @Size(max = 100) String email) {
    }

    @Schema(description = "性别 / gender: MALE=男, FEMALE=女",
            extensions = @Extension(name = "x-enum-descriptions", parseValue = true, value = "[\"男\", \"女\"]"))
    public enum Gender { MALE, FEMALE }

    @Schema(description = "领军人 / the studio's leader",
            extensions = @Extension(name = "x-required-to-submit", parseValue = true, value = "[\"name\", \"gender\", "
                    + "\"birthMonth\", \"education\", \"titleOrSkillLevel\", \"mobile\", \"modelWorker\", "
                    + "\"previouslyNamedDistrictStudio\"]"))
    public record Leader(
            @Schema(nullable = true, description = "【提交必填】姓名 / name", examples = "张三") @Size(max = 50) String name,
            @Schema(nullable = true, description = "【提交必填】性别 / gender") Gender gender,
            @Schema(nullable = true, description = "【提交必填】出生年月 yyyy-MM，须年满16岁 / birth month, at least 16 years ago",
                    examples = "1975-03")
            @JsonFormat(pattern = "yyyy-MM") YearMonth birthMonth,
            @Schema(nullable = true, description = "【提交必填】学历 / education", examples = "本科") @Size(max = 50) String education,
            @Schema(nullable = true, description = "【提交必填】职称/技能等级 / professional title or skill level", examples = "高级技师")
            @Size(max = 100) String titleOrSkillLevel,
            @Schema(nullable = true, description = "办公电话 / office phone", examples = "010-66668888") @Size(max = 30) String phone,
            @Schema(nullable = true, description = "【提交必填】手机，11位数字 / mobile, 11 digits starting 13–19", examples = "13900001111")
            @Size(max = 20) String mobile,
            @Schema(nullable = true, description = "电子邮箱 / e-mail", examples = "leader@unit001.cn") @Size(max = 100) String email,
            @Schema(nullable = true, description = "曾获荣誉 / honours received", examples = "全国劳动模范") @Size(max = 1000) String honours,
            @Schema(nullable = true, description = "【提交必填】是否劳模 / is the leader a model worker") Boolean modelWorker,
            @Schema(nullable = true, description = "【提交必填】是否曾被评为区级职工创新工作室；为 true 则不能提交（ALREADY_NAMED_DECLARED）"
                    + " / named a district studio before — true refuses the submission")
            Boolean previouslyNamedDistrictStudio) {
    }

    @Schema(description = "创新工作领域 / field of innovation: TECHNOLOGY=技术创新, MANAGEMENT=管理创新, "
            + "MARKETING_MODEL=营销模式创新, BRAND_STRATEGY=品牌战略创新, OTHER=其他（须在 innovationFieldsOther 注明）",
            extensions = @Extension(name = "x-enum-descriptions", parseValue = true,
                    value = "[\"技术创新\", \"管理创新\", \"营销模式创新\", \"品牌战略创新\", \"其他\"]"))
    public enum InnovationField { TECHNOLOGY, MANAGEMENT, MARKETING_MODEL, BRAND_STRATEGY, OTHER }

    @Schema(description = "创新成果领域 / field of results: SCIENCE_TECHNOLOGY=科技创新成果, CULTURE=文化创新成果, "
            + "OTHER=其他（须在 resultFieldsOther 注明）",
            extensions = @Extension(name = "x-enum-descriptions", parseValue = true,
                    value = "[\"科技创新成果\", \"文化创新成果\", \"其他\"]"))
    public enum ResultField { SCIENCE_TECHNOLOGY, CULTURE, OTHER }

    @Schema(description = "宣传材料和获奖证 / publicity material: PUBLICITY_VIDEO=宣传视频, AWARD_MATERIAL=获奖材料, "
            + "OTHER=其他（须在 publicityMaterialsOther 注明）",
            extensions = @Extension(name = "x-enum-descriptions", parseValue = true,
                    value = "[\"宣传视频\", \"获奖材料\", \"其他\"]"))
    public enum PublicityMaterial { PUBLICITY_VIDEO, AWARD_MATERIAL, OTHER }

    @Schema(description = "工作室 / the studio",
            extensions = @Extension(name = "x-required-to-submit", parseValue = true, value = "[\"foundedMonth\", "
                    + "\"headcount\", \"areaSquareMeters\", \"funding\", \"innovationFields\", \"resultFields\"]"))
    public record Studio(
            @Schema(nullable = true, description = "工作室名称；空则为「领军人姓名」职工创新工作室 / name; defaults to the leader's name + "
                    + "职工创新工作室", examples = "张三职工创新工作室")
            @Size(max = 100) String name,
            @Schema(nullable = true, description = "【提交必填】创建时间 yyyy-MM，不晚于当月 / founded, not after this month", examples = "2012-06")
            @JsonFormat(pattern = "yyyy-MM") YearMonth foundedMonth,
            @Schema(nullable = true, description = "【提交必填】工作室人数（人），1–150，等于参与人名单人数 / headcount, 1–150, equals the "
                    + "participant list", minimum = "1", maximum = "150", examples = "3")
            Integer headcount,
            @Schema(nullable = true, description = "【提交必填】面积（平方米），大于0 / area in square metres, > 0", examples = "120.5")
            BigDecimal areaSquareMeters,
            @Schema(nullable = true, description = "【提交必填 total】经费构成（万元）/ funding in 万元 (10,000 CNY)") @Valid Funding funding,
            @Schema(nullable = true, description = "设备清单（或 equipmentListAttached=true 并上传设备清单附件，二者必居其一）/ equipment rows, or "
                    + "the list as an attachment")
            @Size(max = 200, message = "设备清单不超过200行") List<@Valid Equipment> equipment,
            @Schema(nullable = true, description = "设备清单以附件（EQUIPMENT_LIST）提供 / the equipment list is an attachment")
            Boolean equipmentListAttached,
            @Schema(nullable = true, description = "【提交必填，至少一项】创新工作领域 / fields of innovation, at least one")
            Set<InnovationField> innovationFields,
            @Schema(nullable = true, description = "创新工作领域选“其他”时必填 / required when innovationFields has OTHER")
            @Size(max = 200) String innovationFieldsOther,
            @Schema(nullable = true, description = "【提交必填，至少一项】创新成果领域 / fields of results, at least one")
            Set<ResultField> resultFields,
            @Schema(nullable = true, description = "创新成果领域选“其他”时必填 / required when resultFields has OTHER")
            @Size(max = 200) String resultFieldsOther,
            @Schema(nullable = true, description = "已有的宣传材料和获奖证 / publicity material at hand")
            Set<PublicityMaterial> publicityMaterials,
            @Schema(nullable = true, description = "宣传材料选“其他”时必填 / required when publicityMaterials has OTHER")
            @Size(max = 200) String publicityMaterialsOther) {
    }

    /** 经费构成 in 万元 with two decimals: 合计 = 本单位支持 + 外部资金 + 自筹资金 + 其他. */
    @Schema(description = "经费构成，单位万元，不小于0、最多两位小数；合计 = 本单位支持 + 外部资金 + 自筹资金 + 其他 "
            + "(FUNDING_SUM_MISMATCH) / funding in 万元 (10,000 CNY), ≥ 0, at most 2 decimals; total = the sum of the parts",
            extensions = @Extension(name = "x-required-to-submit", parseValue = true, value = "[\"total\"]"))
    public record Funding(
            @Schema(nullable = true, description = "【提交必填】合计（万元）/ total, 万元", examples = "50.00", minimum = "0") BigDecimal total,
            @Schema(nullable = true, description = "本单位支持（万元）/ from the host unit, 万元", examples = "30.00", minimum = "0")
            BigDecimal unitSupport,
            @Schema(nullable = true, description = "外部资金（万元）/ external funds, 万元", examples = "10.00", minimum = "0") BigDecimal external,
            @Schema(nullable = true, description = "自筹资金（万元）/ self-raised, 万元", examples = "5.50", minimum = "0") BigDecimal selfRaised,
            @Schema(nullable = true, description = "其他（万元）；大于0时须在 otherText 注明来源 / other, 万元; > 0 needs otherText",
                    examples = "4.50", minimum = "0") BigDecimal other,
            @Schema(nullable = true, description = "其他经费的来源 / where the other funds come from", examples = "区科委课题经费")
            @Size(max = 200) String otherText) {
    }

    @Schema(description = "一行设备 / one equipment row", extensions = @Extension(name = "x-required-to-submit",
            parseValue = true, value = "[\"name\"]"))
    public record Equipment(
            @Schema(nullable = true, description = "【提交必填】设备名称 / name", examples = "数控加工中心") @Size(max = 100) String name,
            @Schema(nullable = true, description = "型号 / model", examples = "VMC850") @Size(max = 100) String model,
            @Schema(nullable = true, description = "数量（台/套）/ quantity", examples = "2") Integer quantity,
            @Schema(nullable = true, description = "用途 / purpose", examples = "工艺试验") @Size(max = 200) String purpose) {
    }

    @Schema(description = "单位性质 / nature of the unit: PUBLIC=公有, NON_PUBLIC=非公有",
            extensions = @Extension(name = "x-enum-descriptions", parseValue = true, value = "[\"公有\", \"非公有\"]"))
    public enum UnitNature { PUBLIC, NON_PUBLIC }

    @Schema(description = "所在单位 / the host unit", extensions = @Extension(name = "x-required-to-submit",
            parseValue = true, value = "[\"name\", \"address\", \"nature\"]"))
    public record HostUnit(
            @Schema(nullable = true, description = "【提交必填】单位名称 / name", examples = "区精密机械有限公司") @Size(max = 200) String name,
            @Schema(nullable = true, description = "【提交必填】单位地址 / address", examples = "区工业园路1号") @Size(max = 200) String address,
            @Schema(nullable = true, description = "【提交必填】单位性质 / nature") UnitNature nature) {
    }

    @Schema(description = "一名参与人 / one participant", extensions = @Extension(name = "x-required-to-submit",
            parseValue = true, value = "[\"name\", \"birthMonth\", \"department\", \"role\"]"))
    public record Participant(
            @Schema(nullable = true, description = "【提交必填】姓名 / name", examples = "王一") @Size(max = 50) String name,
            @Schema(nullable = true, description = "【提交必填】出生年月 yyyy-MM / birth month", examples = "1990-01")
            @JsonFormat(pattern = "yyyy-MM") YearMonth birthMonth,
            @Schema(nullable = true, description = "学历 / education", examples = "大专") @Size(max = 50) String education,
            @Schema(nullable = true, description = "职称/技能等级 / title or skill level", examples = "技师") @Size(max = 100) String titleOrSkillLevel,
            @Schema(nullable = true, description = "【提交必填】所在部门 / department", examples = "机加车间") @Size(max = 100) String department,
            @Schema(nullable = true, description = "【提交必填】主要分工 / role in the studio", examples = "工艺改进") @Size(max = 200) String role) {
    }

    @Schema(description = "主要工作业绩 / main achievements", extensions = @Extension(name = "x-required-to-submit",
            parseValue = true, value = "[\"innovationResults\", \"talentTraining\", \"benefits\"]"))
    public record Achievements(
            @Schema(nullable = true, description = "【提交必填】创新成果及转化情况（获得专利权）/ results and their use (patents)")
            @Size(max = 5000) String innovationResults,
            @Schema(nullable = true, description = "【提交必填】人才培养情况 / people trained") @Size(max = 5000) String talentTraining,
            @Schema(nullable = true, description = "【提交必填】创新的经济效益和社会效益 / economic and social benefits")
            @Size(max = 5000) String benefits) {
    }
}
