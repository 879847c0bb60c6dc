package cn.studio.application.print;

import cn.studio.application.application.Application;
import cn.studio.application.application.ApplicationForm;
import cn.studio.application.campaign.Campaign;
import cn.studio.application.org.Org;
import cn.studio.platform.print.Column;
import cn.studio.platform.print.PdfGrid;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.studio.platform.print.Cell.label;
import static cn.studio.platform.print.Cell.tall;
import static cn.studio.platform.print.Cell.value;

/**
 * 职工创新工作室申报表 as a PDF laid out like the original form (一式两份: printed twice, stamped) on platform-print's
 * grid (embedded Noto Sans SC), with the opinions and blank seal and date spaces.
 */
@ApplicationScoped
public class PrintableForm {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("MALE", "男"), Map.entry("FEMALE", "女"),
            Map.entry("TECHNOLOGY", "技术创新"), Map.entry("MANAGEMENT", "管理创新"),
            Map.entry("MARKETING_MODEL", "营销模式创新"), Map.entry("BRAND_STRATEGY", "品牌战略创新"),
            Map.entry("SCIENCE_TECHNOLOGY", "科技创新成果"), Map.entry("CULTURE", "文化创新成果"),
            Map.entry("PUBLICITY_VIDEO", "宣传视频"), Map.entry("AWARD_MATERIAL", "获奖材料"), Map.entry("OTHER", "其他"),
            Map.entry("PUBLIC", "公有"), Map.entry("NON_PUBLIC", "非公有"));

    public byte[] render(Application app, Campaign campaign, Org recommender) {
        ApplicationForm f = app.form;
        return PdfGrid.print("职工创新工作室申报表 — " + app.studioName(), campaign.title, 9.5f, g -> {
            g.title("职工创新工作室申报表", 18);
            g.line("活动：" + campaign.title + "        申报编号：" + app.id.toString().substring(0, 8));
            g.line("推荐单位：" + (recommender == null ? text(f.recommenderOrgId()) : recommender.name)
                    + "        联系人及联系方式：" + (f.contact() == null ? "" : text(f.contact().name()) + "  "
                    + text(f.contact().phone()) + "  " + text(f.contact().email())));
            ApplicationForm.Leader l = f.leader() == null ? new ApplicationForm.Leader(null, null, null, null, null, null, null, null, null, null, null) : f.leader();
            g.row(label("领军人姓名", .16f), value(l.name(), .17f), label("性别", .1f), value(zh(l.gender()), .1f),
                    label("出生年月", .14f), value(month(l.birthMonth()), .33f));
            g.row(label("学历", .16f), value(l.education(), .17f), label("职称/技能等级", .2f), value(l.titleOrSkillLevel(), .47f));
            g.row(label("电话", .16f), value(l.phone(), .17f), label("手机", .1f), value(l.mobile(), .2f),
                    label("电子邮件", .14f), value(l.email(), .23f));
            g.row(label("曾获荣誉（是否劳模）", .33f), value(text(l.honours()) + "（" + yesNo(l.modelWorker()) + "劳模）", .67f));
            g.row(label("是否曾被评为区级职工创新工作室", .33f), value(yesNo(l.previouslyNamedDistrictStudio()), .67f));
            ApplicationForm.Studio s = f.studio() == null ? new ApplicationForm.Studio(null, null, null, null, null, null, null, null, null, null, null, null, null) : f.studio();
            g.row(label("工作室名称", .16f), value(app.studioName(), .84f));
            g.row(label("工作室创建时间", .16f), value(month(s.foundedMonth()), .17f), label("工作室人数", .14f),
                    value(s.headcount() == null ? "" : s.headcount() + " 人", .16f), label("工作室面积", .14f),
                    value(s.areaSquareMeters() == null ? "" : s.areaSquareMeters().toPlainString() + " m²", .23f));
            ApplicationForm.Funding money = s.funding();
            g.row(label("经费构成（万元）", .16f), value(money == null ? "" : "合计 " + amount(money.total()) + "；本单位支持 "
                    + amount(money.unitSupport()) + "；外部资金 " + amount(money.external()) + "；自筹资金 "
                    + amount(money.selfRaised()) + "；其他 " + amount(money.other())
                    + (money.otherText() == null ? "" : "（" + money.otherText() + "）"), .84f));
            g.row(label("设备清单", .16f), value(equipment(s), .84f));
            g.row(label("创新工作领域", .16f), value(choices(s.innovationFields(), s.innovationFieldsOther()), .84f));
            g.row(label("创新成果领域", .16f), value(choices(s.resultFields(), s.resultFieldsOther()), .84f));
            g.row(label("宣传材料和获奖证", .16f), value(choices(s.publicityMaterials(), s.publicityMaterialsOther()), .84f));
            ApplicationForm.HostUnit h = f.hostUnit();
            g.row(label("所在单位名称", .16f), value(h == null ? "" : h.name(), .42f), label("单位性质", .14f),
                    value(h == null ? "" : zh(h.nature()), .28f));
            g.row(label("地址", .16f), value(h == null ? "" : h.address(), .84f));
            g.line("");
            g.line("工作室参与人情况（共 " + f.participantsOrEmpty().size() + " 人）");
            g.table(List.of(Column.of("姓名", .14f), Column.of("出生年月", .12f), Column.of("学历", .1f),
                    Column.of("职称/技能等级", .18f), Column.of("所在部门", .18f), Column.of("主要分工", .28f)),
                    f.participantsOrEmpty().stream().map(p -> List.of(text(p.name()), month(p.birthMonth()),
                            text(p.education()), text(p.titleOrSkillLevel()), text(p.department()), text(p.role()))).toList());
            ApplicationForm.Achievements a = f.achievements();
            g.row(label("主要工作业绩", .16f), tall("创新成果及转化情况（获得专利权）：" + (a == null ? "" : text(a.innovationResults()))
                    + "\n人才培养情况：" + (a == null ? "" : text(a.talentTraining()))
                    + "\n创新的经济效益和社会效益：" + (a == null ? "" : text(a.benefits())), .84f, 6));
            g.row(label("本年工作内容", .16f), tall(f.thisYearWork(), .84f, 4));
            g.row(label("明年工作计划", .16f), tall(f.nextYearPlan(), .84f, 4));
            g.row(label("所在单位意见", .16f), tall(text(f.hostUnitOpinion()) + "\n\n\n（盖章）                年    月    日", .84f, 6));
            g.row(label("推荐单位意见", .16f), tall(text(app.recommenderOpinion) + "\n\n\n（盖章）                年    月    日", .84f, 6));
            g.line("");
            g.line("注：本表一式两份，经所在单位、推荐单位盖章后报区总工会权益部。");
        });
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String zh(Enum<?> e) {
        return e == null ? "" : LABELS.getOrDefault(e.name(), e.name());
    }

    private static String month(YearMonth m) {
        return m == null ? "" : m.getYear() + "年" + m.getMonthValue() + "月";
    }

    private static String yesNo(Boolean b) {
        return b == null ? "□是 □否" : b ? "■是 □否" : "□是 ■否";
    }

    private static String amount(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String choices(Collection<? extends Enum<?>> chosen, String other) {
        if (chosen == null || chosen.isEmpty()) {
            return "";
        }
        return chosen.stream().sorted().map(e -> "■" + zh(e) + (e.name().equals("OTHER") && other != null ? "（" + other + "）" : ""))
                .collect(Collectors.joining("  "));
    }

    private static String equipment(ApplicationForm.Studio s) {
        List<ApplicationForm.Equipment> rows = s.equipment() == null ? List.of() : s.equipment();
        String list = rows.stream().map(e -> text(e.name()) + (e.model() == null ? "" : " " + e.model())
                + (e.quantity() == null ? "" : " ×" + e.quantity()) + (e.purpose() == null ? "" : "（" + e.purpose() + "）"))
                .collect(Collectors.joining("；"));
        return Boolean.TRUE.equals(s.equipmentListAttached()) ? (list.isEmpty() ? "" : list + "；") + "详见附件设备清单" : list;
    }
}
