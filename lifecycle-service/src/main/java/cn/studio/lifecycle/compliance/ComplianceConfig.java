package cn.studio.lifecycle.compliance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The yearly evaluation's rule: how much may be missing before a warning is proposed. */
@ConfigMapping(prefix = "studio.compliance")
public interface ComplianceConfig {
    /** Quarterly summaries that may be overdue and unmet in a year without a finding. */
    @WithDefault("0")
    int allowedMissingSummaries();

    /** Results a finished year must have (the notice: at least 1–2 a year). */
    @WithDefault("1")
    int minimumResults();
}
