package cn.studio.lifecycle.studio;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list: {@code page} from 0, at most {@code size} items, {@code total} in all. */
@Schema(description = "分页结果 / one page")
public record Page<T>(List<T> items, @Schema(description = "页码（从0开始）") int page,
                      @Schema(description = "每页条数（≤100）") int size,
                      @Schema(description = "总条数") long total) {
}
