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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.UUID;

/** The ranking of a round, for the two organisers. */
@Path("/api/v1/reviews/rounds/{roundId}")
@Tag(name = "ranking", description = "排名")
@RolesAllowed({"union-admin", "commission"})
public class RankingResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RankingService service;

    @GET
    @Path("/ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "排名 / the ranking",
            description = "method: MEAN 平均分, TRIMMED_MEAN 去掉最高最低分（每件≥4份评分时）, Z_SCORE 按专家标准化后折算回百分制；"
                    + "分差（最高−最低）超过 threshold 标记分歧；实地考察“不通过”的剔除（excluded，排在最后，无名次）；"
                    + "并列同名次（tied）。serverMicros 为服务端排名耗时（微秒）。")
    public RankingService.RankingView ranking(@PathParam("roundId") UUID roundId,
                                              @QueryParam("method") @DefaultValue("MEAN") Method method,
                                              @QueryParam("threshold") @DecimalMin("0") @DecimalMax("100") Double threshold) {
        return service.rank(roundId, method, threshold);
    }

    @GET
    @Path("/ranking.xlsx")
    @Produces(XLSX)
    @Operation(summary = "排名（Excel）/ the ranking as XLSX")
    public Response workbook(@PathParam("roundId") UUID roundId,
                             @QueryParam("method") @DefaultValue("MEAN") Method method,
                             @QueryParam("threshold") @DecimalMin("0") @DecimalMax("100") Double threshold) {
        String name = "评审排名.xlsx";
        return Response.ok(service.workbook(roundId, method, threshold), XLSX)
                .header("Content-Disposition", "attachment; filename=\"ranking.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
