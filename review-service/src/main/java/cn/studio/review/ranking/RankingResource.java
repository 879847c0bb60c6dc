package cn.studio.review.ranking;

import cn.studio.review.ranking.engine.Method;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.UUID;

/**
 * The ranking of a round, for the two organisers. Shared errors (401, 403, 404 on the round, 500) come from platform/web;
 * examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/rounds/{roundId}")
@Tag(name = "ranking", description = "排名")
@RolesAllowed({"union-admin", "commission"})
public class RankingResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String METHOD = "计分方法 / how a case's score is made: MEAN 平均分, TRIMMED_MEAN 去掉最高最低分（每件≥4份评分时）, "
            + "Z_SCORE 按专家标准化后折算回百分制";
    static final String THRESHOLD = "分歧阈值（0–100，默认20）：最高−最低分超过此值标记 disagreement / the disagreement threshold";
    static final String BAD_THRESHOLD = "`VALIDATION_FAILED` threshold 须在0到100之间 / threshold out of 0–100";

    @Inject
    RankingService service;

    @GET
    @Path("/ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "排名 / the ranking",
            description = "method: MEAN 平均分, TRIMMED_MEAN 去掉最高最低分（每件≥4份评分时）, Z_SCORE 按专家标准化后折算回百分制；"
                    + "分差（最高−最低）超过 threshold 标记分歧；实地考察“不通过”的剔除（excluded，排在最后，无名次）；"
                    + "并列同名次（tied）；尚无评分的案件 rank 0、scores 0 排在最后。只计已提交的评分。"
                    + "serverMicros 为服务端排名耗时（微秒）。")
    @APIResponse(responseCode = "200", description = "排名 / the ranking",
            content = @Content(schema = @Schema(implementation = RankingService.RankingView.class),
                    examples = @ExampleObject(name = "by the mean", ref = "ranking")))
    @APIResponse(responseCode = "400", description = BAD_THRESHOLD)
    public RankingService.RankingView ranking(@PathParam("roundId") UUID roundId,
                                              @Parameter(description = METHOD) @QueryParam("method") @DefaultValue("MEAN") Method method,
                                              @Parameter(description = THRESHOLD)
                                              @QueryParam("threshold") @DecimalMin("0") @DecimalMax("100") Double threshold) {
        return service.rank(roundId, method, threshold);
    }

    @GET
    @Path("/ranking.xlsx")
    @Produces(XLSX)
    @Operation(summary = "排名（Excel）/ the ranking as XLSX",
            description = "与排名相同的参数和顺序：工作表“排名”（排名、工作室、单位、得分、平均分、分差、评分数、分歧、实地考察、说明）"
                    + "和“计分方法”。")
    @APIResponse(responseCode = "200", description = "排名工作簿 / the workbook",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"ranking.xlsx\"; "
                    + "filename*=UTF-8''评审排名.xlsx（URL 编码）", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = BAD_THRESHOLD)
    public Response workbook(@PathParam("roundId") UUID roundId,
                             @Parameter(description = METHOD) @QueryParam("method") @DefaultValue("MEAN") Method method,
                             @Parameter(description = THRESHOLD)
                             @QueryParam("threshold") @DecimalMin("0") @DecimalMax("100") Double threshold) {
        String name = "评审排名.xlsx";
        return Response.ok(service.workbook(roundId, method, threshold), XLSX)
                .header("Content-Disposition", "attachment; filename=\"ranking.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
