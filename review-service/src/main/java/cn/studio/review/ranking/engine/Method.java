package cn.studio.review.ranking.engine;

/** How a case's score is made from its reviewers' totals. */
public enum Method {
    /** The arithmetic mean of the totals. */
    MEAN("算术平均", "各评审专家总分的算术平均。"),
    /**
     * The mean after dropping the single highest and the single lowest total, when a case has at least 4 totals;
     * with 3 or fewer it is the plain mean (dropping two of three would leave one reviewer's view).
     */
    TRIMMED_MEAN("去掉最高分和最低分后的平均", "评分数不少于 4 个时，去掉一个最高分和一个最低分后取平均；少于 4 个时取算术平均。"),
    /**
     * Per-reviewer standardisation: each total becomes (total − that reviewer's mean) / that reviewer's standard
     * deviation (population, over all the reviewer's totals in the ranking; 0 when the deviation is 0), a case's z is
     * the mean of its z's, and the score shown is the overall mean + z × the overall standard deviation of all totals,
     * so it reads on the familiar 0–100 scale. Evens out lenient and strict reviewers.
     */
    Z_SCORE("标准分（按评审专家标准化）",
            "每位评审专家的分数按其本人全部评分的平均分和标准差换算为标准分（z 分），案例取各 z 分的平均，"
                    + "再按全部评分的平均分和标准差换回百分制显示，以消除评审专家宽严不一的影响。");

    /** The method's name in the export. */
    public final String label;
    /** One sentence for the export's note. */
    public final String explanation;

    Method(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }
}
