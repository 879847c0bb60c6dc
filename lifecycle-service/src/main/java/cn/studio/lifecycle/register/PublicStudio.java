package cn.studio.lifecycle.register;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the register publishes of a studio: no contacts, no funding, no warnings before a delisting is decided. */
@Schema(description = "公开名录中的工作室 / a studio in the public register")
public record PublicStudio(
        UUID id,
        @Schema(description = "命名名称") String namedTitle,
        @Schema(description = "领军人") String leaderName,
        @Schema(description = "所在单位") String unitName,
        @Schema(description = "推荐单位", nullable = true) String recommenderName,
        @Schema(description = "级别：DISTRICT=区级") String level,
        @Schema(description = "命名年度") int namedYear,
        @Schema(description = "命名日期") LocalDate namedOn,
        @Schema(description = "创新工作领域") List<String> innovationFields,
        @Schema(description = "LISTED=在册, DELISTED=已摘牌") PublicState state,
        String stateLabel,
        @Schema(description = "已登记的创新成果数") long resultsCount,
        @Schema(description = "摘牌通报（已摘牌时）", nullable = true) UUID noticeId) {

    /** The register shows two states: a warning is the studio's and its managers' business until a delisting is decided. */
    public enum PublicState {
        LISTED("在册"), DELISTED("已摘牌");

        public final String label;

        PublicState(String label) {
            this.label = label;
        }
    }
}
