package cn.studio.review.sitevisit;

/** What a site visit checks, one line per basic condition that can be seen on site. */
public enum ChecklistItem {
    VENUE_EXISTS("活动场所存在，面积与申报相符"),
    EQUIPMENT_MATCHES("设备设施与设备清单相符"),
    RULES_POSTED("管理和工作制度健全并上墙"),
    FUND_RECORDS("经费有账目，与申报经费构成相符"),
    RESULTS_EVIDENCE("创新成果有实物、文件或证书佐证"),
    STAFF_PARTICIPATION("职工参与和人才培养有记录");

    public final String label;

    ChecklistItem(String label) {
        this.label = label;
    }
}
