package cn.studio.application.print;

import cn.studio.application.application.Application;
import cn.studio.application.application.ApplicationForm;
import cn.studio.application.campaign.Campaign;
import cn.studio.application.org.Org;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The application list for union-admin as XLSX (fastexcel) or CSV (commons-csv, UTF-8 with BOM for Excel), Chinese headers. */
@ApplicationScoped
public class ApplicationExport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Campaign.ZONE);

    record Column(String header, Function<Row, Object> value) {
    }

    record Row(Application app, Campaign campaign, Map<String, Org> orgs) {
        ApplicationForm form() {
            return app.form;
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("申报编号", r -> r.app().id.toString()),
            new Column("活动", r -> r.campaign().title),
            new Column("状态", r -> r.app().state.label),
            new Column("申报单位", r -> orgName(r, r.app().applicantOrg)),
            new Column("推荐单位", r -> orgName(r, r.app().recommenderOrg)),
            new Column("工作室名称", r -> r.app().studioName()),
            new Column("领军人", r -> r.app().leaderName),
            new Column("性别", r -> leader(r, l -> l.gender() == null ? null : l.gender() == ApplicationForm.Gender.MALE ? "男" : "女")),
            new Column("出生年月", r -> leader(r, l -> Objects.toString(l.birthMonth(), null))),
            new Column("学历", r -> leader(r, ApplicationForm.Leader::education)),
            new Column("职称/技能等级", r -> leader(r, ApplicationForm.Leader::titleOrSkillLevel)),
            new Column("手机", r -> leader(r, ApplicationForm.Leader::mobile)),
            new Column("是否劳模", r -> leader(r, l -> l.modelWorker() == null ? null : l.modelWorker() ? "是" : "否")),
            new Column("工作室人数", r -> studio(r, ApplicationForm.Studio::headcount)),
            new Column("工作室面积(m²)", r -> studio(r, ApplicationForm.Studio::areaSquareMeters)),
            new Column("经费合计(万元)", r -> studio(r, s -> s.funding() == null ? null : s.funding().total())),
            new Column("创新工作领域", r -> studio(r, s -> s.innovationFields() == null ? null
                    : s.innovationFields().stream().map(Enum::name).sorted().collect(Collectors.joining("、")))),
            new Column("所在单位", r -> r.form().hostUnit() == null ? null : r.form().hostUnit().name()),
            new Column("联系人", r -> r.form().contact() == null ? null : r.form().contact().name()),
            new Column("联系电话", r -> r.form().contact() == null ? null : r.form().contact().phone()),
            new Column("提交时间", r -> r.app().submittedAt == null ? null : TIME.format(r.app().submittedAt)));

    public byte[] xlsx(List<Application> apps) {
        List<Row> rows = rows(apps);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "studio-suite", "1.0");
            Worksheet sheet = workbook.newWorksheet("申报列表");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c).header());
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object v = COLUMNS.get(c).value().apply(rows.get(r));
                    if (v instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else if (v != null) {
                        sheet.value(r + 1, c, v.toString());
                    }
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv(List<Application> apps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(COLUMNS.stream().map(Column::header).toArray(String[]::new)).get())) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            for (Row row : rows(apps)) {
                List<Object> values = new ArrayList<>();
                COLUMNS.forEach(c -> values.add(c.value().apply(row)));
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Row> rows(List<Application> apps) {
        Map<String, Org> orgs = Org.<Org>listAll().stream().collect(Collectors.toMap(o -> o.id, o -> o));
        Map<java.util.UUID, Campaign> campaigns = Campaign.<Campaign>listAll().stream().collect(Collectors.toMap(c -> c.id, c -> c));
        return apps.stream().map(a -> new Row(a, campaigns.get(a.campaignId), orgs)).toList();
    }

    private static String orgName(Row r, String id) {
        Org org = id == null ? null : r.orgs().get(id);
        return org == null ? id : org.name;
    }

    private static Object leader(Row r, Function<ApplicationForm.Leader, Object> f) {
        return r.form().leader() == null ? null : f.apply(r.form().leader());
    }

    private static Object studio(Row r, Function<ApplicationForm.Studio, Object> f) {
        return r.form().studio() == null ? null : f.apply(r.form().studio());
    }
}
