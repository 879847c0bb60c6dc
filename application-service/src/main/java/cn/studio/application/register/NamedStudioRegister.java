package cn.studio.application.register;

import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * This service's projection of the studios named at district level or above (区级以上). Fed by lifecycle events once
 * that service exists; until then union-admin imports past named studios from CSV.
 */
@ApplicationScoped
public class NamedStudioRegister {
    public static final Set<String> LEVELS = Set.of("区级", "市级", "全国");

    @Inject
    EntityManager em;

    /** Names compare without spaces of any width, which forms are full of. */
    static String normalise(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "");
    }

    /** Whether this leader's studio of this unit (by the form's unit name or the applicant's org) was ever named. */
    public boolean contains(String leaderName, String unitName, String unitOrgId) {
        return em.createNamedQuery(NamedStudio.COUNT_OF_LEADER_AND_UNIT, Long.class)
                .setParameter(1, normalise(leaderName)).setParameter(2, normalise(unitName))
                .setParameter(3, unitOrgId == null ? "" : unitOrgId).getSingleResult() > 0;
    }

    public record ImportResult(int imported, int alreadyKnown) {
    }

    /**
     * CSV with a header row: {@code 领军人,所在单位,工作室名称,级别,命名年度}. Every bad row is reported and nothing is
     * imported unless all rows are good.
     */
    @Transactional
    public ImportResult importCsv(Reader csv) {
        List<RuleViolation> errors = new ArrayList<>();
        List<NamedStudio> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(csv)) {
            for (String required : List.of("领军人", "所在单位", "级别")) {
                if (!parser.getHeaderMap().containsKey(required)) {
                    throw ProblemException.badRequest("CSV_HEADER_MISSING", "CSV 缺少表头“" + required
                            + "”（需要：领军人,所在单位,工作室名称,级别,命名年度）");
                }
            }
            for (CSVRecord r : parser) {
                String at = "line " + (r.getRecordNumber() + 1);
                NamedStudio s = new NamedStudio();
                s.leaderName = normalise(r.get("领军人"));
                s.unitName = normalise(r.get("所在单位"));
                s.studioName = r.isMapped("工作室名称") ? r.get("工作室名称") : null;
                s.level = r.get("级别");
                s.source = "csv-import";
                if (s.leaderName.isEmpty() || s.unitName.isEmpty()) {
                    errors.add(new RuleViolation(at, "REQUIRED", "领军人和所在单位必填"));
                }
                if (!LEVELS.contains(s.level)) {
                    errors.add(new RuleViolation(at, "LEVEL_INVALID", "级别应为 区级、市级 或 全国"));
                }
                String year = r.isMapped("命名年度") ? r.get("命名年度") : "";
                if (!year.isEmpty()) {
                    try {
                        s.namedYear = Integer.parseInt(year);
                    } catch (NumberFormatException e) {
                        errors.add(new RuleViolation(at, "YEAR_INVALID", "命名年度应为四位年份"));
                    }
                }
                rows.add(s);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw ProblemException.badRequest("CSV_UNREADABLE", "CSV 无法解析：" + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        int imported = 0;
        for (NamedStudio s : rows) {
            if (NamedStudio.count("leaderName = ?1 and unitName = ?2 and level = ?3", s.leaderName, s.unitName, s.level) == 0) {
                s.persist();
                imported++;
            }
        }
        return new ImportResult(imported, rows.size() - imported);
    }

    public List<NamedStudio> all() {
        return NamedStudio.listAll(io.quarkus.panache.common.Sort.by("id"));
    }
}
