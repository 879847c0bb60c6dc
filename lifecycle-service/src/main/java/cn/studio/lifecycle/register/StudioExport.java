package cn.studio.lifecycle.register;

import cn.studio.lifecycle.studio.Studio;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The register as CSV for 区总工会 (UTF-8 with BOM, so Excel opens the Chinese right), one row per studio. */
@ApplicationScoped
public class StudioExport {
    static final List<String> HEADER = List.of("序号", "工作室名称", "领军人", "所在单位", "推荐单位", "命名年度", "命名日期",
            "经费支持（万元）", "推荐市级", "状态", "创新成果数");

    @Inject
    EntityManager em;

    public String csv(Integer year) {
        List<Studio> rows = year == null ? Studio.list("order by namedOn, namedTitle, id")
                : Studio.list("namedYear = ?1 order by namedOn, namedTitle, id", year);
        Map<UUID, Long> results = new HashMap<>();
        for (Object row : em.createNativeQuery("select studio_id, count(*) from innovation_result group by studio_id").getResultList()) {
            Object[] r = (Object[]) row;
            results.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADER);
        int n = 0;
        for (Studio s : rows) {
            line(out, List.of(String.valueOf(++n), s.namedTitle, s.leaderName, s.unitOrgName,
                    s.recommenderOrgName == null ? "" : s.recommenderOrgName, String.valueOf(s.namedYear), s.namedOn.toString(),
                    s.fundingWanYuan.toPlainString(), s.cityRecommended ? "是" : "否", s.state.label,
                    String.valueOf(results.getOrDefault(s.id, 0L))));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
