package cn.studio.application.application;

import cn.studio.application.application.ApplicationForm.Funding;
import cn.studio.application.application.ApplicationForm.Leader;
import cn.studio.application.application.ApplicationForm.Studio;
import cn.studio.application.attachment.AttachmentKind;
import cn.studio.application.campaign.Campaign;
import cn.studio.application.org.Org;
import cn.studio.platform.problem.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules a submission must satisfy (DOMAIN.md, 基本条件 and the form). All of them are checked at once and every
 * broken one is reported with its field path, stable code and zh-CN message. Pure: the caller gathers the facts,
 * including the time to judge at (its injected clock's instant), so the same facts always give the same answer.
 */
public final class SubmissionRules {
    public static final int MAX_HEADCOUNT = 150;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What the rules need to know besides the form; {@code now} is the time of the submission. */
    public record Facts(Campaign campaign, Instant now, Org applicantOrg, Org recommender,
                        Map<AttachmentKind, Long> storedAttachments, boolean inNamedRegister) {
    }

    private final List<RuleViolation> violations = new ArrayList<>();

    private SubmissionRules() {
    }

    public static List<RuleViolation> check(ApplicationForm form, Facts facts) {
        SubmissionRules rules = new SubmissionRules();
        rules.campaign(facts);
        rules.header(form, facts);
        rules.leader(form.leader(), facts);
        rules.studio(form.studio(), form, facts);
        rules.hostUnit(form.hostUnit());
        rules.participants(form);
        rules.achievements(form);
        rules.attachments(facts.storedAttachments(), form.studio());
        return List.copyOf(rules.violations);
    }

    private void campaign(Facts facts) {
        if (!facts.campaign().acceptsApplications(facts.now())) {
            add("", "CAMPAIGN_NOT_OPEN", "活动未在申报期内（申报截止时间 "
                    + facts.campaign().deadline.atZone(Campaign.ZONE).toLocalDateTime().toString().replace('T', ' ')
                    + "，北京时间），不能提交");
        }
    }

    private void header(ApplicationForm form, Facts facts) {
        if (blank(form.recommenderOrgId())) {
            required("recommenderOrgId", "推荐单位");
        } else if (facts.recommender() == null || facts.recommender().kind != Org.Kind.RECOMMENDER) {
            add("recommenderOrgId", "RECOMMENDER_UNKNOWN", "推荐单位不存在：" + form.recommenderOrgId());
        } else if (!Objects.equals(facts.applicantOrg().parentId, facts.recommender().id)) {
            add("recommenderOrgId", "RECOMMENDER_NOT_RESPONSIBLE", "推荐单位“" + facts.recommender().name
                    + "”不是本单位的上级推荐单位");
        }
        if (form.contact() == null || blank(form.contact().name())) {
            required("contact.name", "联系人");
        }
        if (form.contact() == null || blank(form.contact().phone())) {
            required("contact.phone", "联系电话");
        }
    }

    private void leader(Leader leader, Facts facts) {
        if (leader == null) {
            required("leader", "领军人信息");
            return;
        }
        requireText("leader.name", leader.name(), "领军人姓名");
        if (leader.gender() == null) {
            required("leader.gender", "领军人性别");
        }
        if (leader.birthMonth() == null) {
            required("leader.birthMonth", "领军人出生年月");
        } else if (leader.birthMonth().isAfter(thisMonth(facts).minusYears(16))) {
            add("leader.birthMonth", "BIRTH_MONTH_INVALID", "领军人出生年月不合理");
        }
        requireText("leader.education", leader.education(), "领军人学历");
        requireText("leader.titleOrSkillLevel", leader.titleOrSkillLevel(), "领军人职称/技能等级");
        if (blank(leader.mobile())) {
            required("leader.mobile", "领军人手机");
        } else if (!MOBILE.matcher(leader.mobile()).matches()) {
            add("leader.mobile", "MOBILE_INVALID", "手机号码应为11位数字");
        }
        if (!blank(leader.email()) && !EMAIL.matcher(leader.email()).matches()) {
            add("leader.email", "EMAIL_INVALID", "电子邮件格式不正确");
        }
        if (leader.modelWorker() == null) {
            required("leader.modelWorker", "是否劳模");
        }
        if (leader.previouslyNamedDistrictStudio() == null) {
            required("leader.previouslyNamedDistrictStudio", "是否曾被评为区级职工创新工作室");
        } else if (leader.previouslyNamedDistrictStudio()) {
            add("leader.previouslyNamedDistrictStudio", "ALREADY_NAMED_DECLARED",
                    "以前被授予区级以上职工创新工作室的不再参加评选");
        }
        if (facts.inNamedRegister()) {
            add("leader.name", "ALREADY_NAMED_REGISTER",
                    "该领军人所在单位的工作室已在区级以上职工创新工作室名录中，不再参加评选");
        }
    }

    private void studio(Studio studio, ApplicationForm form, Facts facts) {
        if (studio == null) {
            required("studio", "工作室信息");
            return;
        }
        if (studio.foundedMonth() == null) {
            required("studio.foundedMonth", "工作室创建时间");
        } else if (studio.foundedMonth().isAfter(thisMonth(facts))) {
            add("studio.foundedMonth", "FOUNDED_IN_FUTURE", "工作室创建时间不能晚于当前月份");
        }
        if (studio.headcount() == null) {
            required("studio.headcount", "工作室人数");
        } else if (studio.headcount() < 1) {
            add("studio.headcount", "HEADCOUNT_INVALID", "工作室人数至少为1");
        } else if (studio.headcount() > MAX_HEADCOUNT) {
            add("studio.headcount", "HEADCOUNT_OVER_LIMIT", "工作室人数不超过" + MAX_HEADCOUNT + "人（当前 " + studio.headcount() + " 人）");
        } else if (studio.headcount() != form.participantsOrEmpty().size()) {
            add("participants", "HEADCOUNT_MISMATCH", "参与人名单有 " + form.participantsOrEmpty().size()
                    + " 人，与工作室人数 " + studio.headcount() + " 不符");
        }
        if (studio.areaSquareMeters() == null) {
            required("studio.areaSquareMeters", "工作室面积");
        } else if (studio.areaSquareMeters().signum() <= 0) {
            add("studio.areaSquareMeters", "AREA_INVALID", "工作室面积应大于0");
        }
        funding(studio.funding());
        boolean hasRows = studio.equipment() != null && !studio.equipment().isEmpty();
        if (!hasRows && !Boolean.TRUE.equals(studio.equipmentListAttached())) {
            add("studio.equipment", "EQUIPMENT_MISSING", "请填写设备清单，或上传设备清单附件");
        }
        if (hasRows) {
            for (int i = 0; i < studio.equipment().size(); i++) {
                var e = studio.equipment().get(i);
                requireText("studio.equipment[" + i + "].name", e == null ? null : e.name(), "设备名称");
            }
        }
        if (studio.innovationFields() == null || studio.innovationFields().isEmpty()) {
            add("studio.innovationFields", "INNOVATION_FIELD_REQUIRED", "请至少选择一个创新工作领域");
        }
        otherNeedsText(studio.innovationFields(), studio.innovationFieldsOther(), "studio.innovationFieldsOther", "创新工作领域");
        if (studio.resultFields() == null || studio.resultFields().isEmpty()) {
            add("studio.resultFields", "RESULT_FIELD_REQUIRED", "请至少选择一个创新成果领域");
        }
        otherNeedsText(studio.resultFields(), studio.resultFieldsOther(), "studio.resultFieldsOther", "创新成果领域");
        otherNeedsText(studio.publicityMaterials(), studio.publicityMaterialsOther(), "studio.publicityMaterialsOther", "宣传材料和获奖证");
    }

    private void funding(Funding funding) {
        if (funding == null || funding.total() == null) {
            required("studio.funding.total", "经费合计");
            return;
        }
        String[] names = {"total", "unitSupport", "external", "selfRaised", "other"};
        BigDecimal[] values = {funding.total(), funding.unitSupport(), funding.external(), funding.selfRaised(), funding.other()};
        boolean wellFormed = true;
        for (int i = 0; i < names.length; i++) {
            BigDecimal v = values[i];
            if (v != null && (v.signum() < 0 || v.stripTrailingZeros().scale() > 2)) {
                add("studio.funding." + names[i], "MONEY_INVALID", "金额以万元为单位，不小于0，最多两位小数");
                wellFormed = false;
            }
        }
        if (funding.other() != null && funding.other().signum() > 0 && blank(funding.otherText())) {
            add("studio.funding.otherText", "OTHER_TEXT_REQUIRED", "经费“其他”来源请注明");
        }
        if (wellFormed) {
            BigDecimal parts = Stream.of(funding.unitSupport(), funding.external(), funding.selfRaised(), funding.other())
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (parts.compareTo(funding.total()) != 0) {
                add("studio.funding.total", "FUNDING_SUM_MISMATCH", "经费合计 " + funding.total().toPlainString()
                        + " 万元与各项之和 " + parts.toPlainString() + " 万元不符");
            }
        }
    }

    private void hostUnit(ApplicationForm.HostUnit unit) {
        requireText("hostUnit.name", unit == null ? null : unit.name(), "所在单位名称");
        requireText("hostUnit.address", unit == null ? null : unit.address(), "所在单位地址");
        if (unit == null || unit.nature() == null) {
            required("hostUnit.nature", "单位性质");
        }
    }

    private void participants(ApplicationForm form) {
        List<ApplicationForm.Participant> list = form.participantsOrEmpty();
        for (int i = 0; i < list.size(); i++) {
            ApplicationForm.Participant p = list.get(i);
            String at = "participants[" + i + "]";
            if (p == null) {
                required(at, "参与人");
                continue;
            }
            requireText(at + ".name", p.name(), "参与人姓名");
            if (p.birthMonth() == null) {
                required(at + ".birthMonth", "参与人出生年月");
            }
            requireText(at + ".department", p.department(), "参与人所在部门");
            requireText(at + ".role", p.role(), "参与人主要分工");
        }
    }

    private void achievements(ApplicationForm form) {
        var a = form.achievements();
        requireText("achievements.innovationResults", a == null ? null : a.innovationResults(), "创新成果及转化情况");
        requireText("achievements.talentTraining", a == null ? null : a.talentTraining(), "人才培养情况");
        requireText("achievements.benefits", a == null ? null : a.benefits(), "创新的经济效益和社会效益");
        requireText("thisYearWork", form.thisYearWork(), "本年工作内容");
        requireText("nextYearPlan", form.nextYearPlan(), "明年工作计划");
        requireText("hostUnitOpinion", form.hostUnitOpinion(), "所在单位意见");
    }

    private void attachments(Map<AttachmentKind, Long> stored, Studio studio) {
        long photos = stored.getOrDefault(AttachmentKind.PHOTO, 0L);
        if (photos < AttachmentKind.MIN_PHOTOS || photos > AttachmentKind.MAX_PHOTOS) {
            add("attachments.PHOTO", "PHOTO_COUNT", "照片应为" + AttachmentKind.MIN_PHOTOS + "-" + AttachmentKind.MAX_PHOTOS
                    + "张（当前 " + photos + " 张）");
        }
        if (stored.getOrDefault(AttachmentKind.RECOMMENDATION_LETTER, 0L) == 0) {
            add("attachments.RECOMMENDATION_LETTER", "RECOMMENDATION_MATERIAL_MISSING",
                    "缺少企业推荐材料（近期工作、研究课题、成果、下一步计划和目标）");
        }
        if (studio != null && Boolean.TRUE.equals(studio.equipmentListAttached())
                && stored.getOrDefault(AttachmentKind.EQUIPMENT_LIST, 0L) == 0) {
            add("attachments.EQUIPMENT_LIST", "EQUIPMENT_LIST_MISSING", "已选择附件形式的设备清单，但未上传设备清单");
        }
    }

    private <E extends Enum<E>> void otherNeedsText(Collection<E> chosen, String text, String field, String label) {
        if (chosen != null && chosen.stream().anyMatch(e -> e.name().equals("OTHER")) && blank(text)) {
            add(field, "OTHER_TEXT_REQUIRED", label + "选择了“其他”，请注明");
        }
    }

    private void requireText(String field, String value, String label) {
        if (blank(value)) {
            required(field, label);
        }
    }

    private void required(String field, String label) {
        add(field, "REQUIRED", label + "必填");
    }

    private void add(String field, String code, String message) {
        violations.add(new RuleViolation(field, code, message));
    }

    private static YearMonth thisMonth(Facts facts) {
        return YearMonth.from(facts.now().atZone(Campaign.ZONE));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
