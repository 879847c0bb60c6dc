package cn.studio.lifecycle.result;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A studio's innovation results (创新成果): its unit's studio user records them; managers read them. */
@Path("/api/v1/studios/{id}/results")
@Tag(name = "results", description = "创新成果")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission", "recommender", "studio"})
public class ResultResource {
    static final String RULES = "`PATENT_NUMBER_REQUIRED`、`PATENT_DATE_REQUIRED` 专利须填专利号和授权日期；`PATENT_FIELDS_NOT_ALLOWED` 只有专利填写；"
            + "`PATENT_DATE_IN_FUTURE`；`PARTICIPANTS_REQUIRED` 至少一名参与人；`ECONOMIC_BENEFIT_NEGATIVE`；`ECONOMIC_BENEFIT_SCALE` 最多两位小数；"
            + "`ACHIEVED_IN_FUTURE`；`ACHIEVED_BEFORE_NAMING` 命名前的成果不计入";

    @Inject
    ResultService service;

    @Schema(description = "创新成果 / a result as recorded")
    public record ResultInput(
            @Schema(description = "查看时的版本（修改时必填）", nullable = true, examples = "0") Integer version,
            @Schema(description = "成果名称", examples = "数控刀具涂层工艺改进") @NotBlank(message = "成果名称必填")
            @Size(max = 200, message = "名称不超过200字") String title,
            @Schema(description = "PATENT=专利, TECH_IMPROVEMENT=技术革新, MANAGEMENT_METHOD=管理方法, RATIONALIZATION=合理化建议, "
                    + "CONSTRUCTION_METHOD=工法, SOFTWARE_COPYRIGHT=软件著作权, OTHER=其他") @NotNull(message = "成果类型必填") ResultType type,
            @Schema(nullable = true, description = "专利号（专利必填）", examples = "ZL202710123456.7") @Size(max = 50, message = "专利号不超过50字") String patentNumber,
            @Schema(nullable = true, description = "授权日期（专利必填）") LocalDate patentDate,
            @Schema(description = "参与人（≤150人）") @NotNull(message = "参与人必填") @Size(max = 150, message = "参与人不超过150人")
            List<@Size(max = 50, message = "姓名不超过50字") String> participants,
            @Schema(description = "经济效益（万元，最多两位小数，默认0）", nullable = true, examples = "12.50") BigDecimal economicBenefitWanYuan,
            @Schema(nullable = true, description = "社会效益（≤ 2000 字）") @Size(max = 2000, message = "社会效益不超过2000字") String socialBenefit,
            @Schema(description = "取得日期（计入该年度）") @NotNull(message = "取得日期必填") LocalDate achievedOn) {
        ResultService.Input input() {
            return new ResultService.Input(title, type, patentNumber, patentDate, participants, economicBenefitWanYuan,
                    socialBenefit, achievedOn);
        }
    }

    @POST
    @RolesAllowed("studio")
    @Operation(summary = "登记创新成果 / record a result", description = "本单位的工作室用户；通知区总工会。")
    @RequestBody(content = @Content(schema = @Schema(implementation = ResultInput.class),
            examples = {@ExampleObject(name = "patent", ref = "newPatentResult"), @ExampleObject(name = "improvement", ref = "newResult")}))
    @APIResponse(responseCode = "201", description = "已登记 / recorded", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ResultView.class), examples = @ExampleObject(name = "patent", ref = "result")))
    @APIResponse(responseCode = "409", description = "`STUDIO_DELISTED` 工作室已摘牌")
    @APIResponse(responseCode = "422", description = RULES)
    public Response record(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") ResultInput body) {
        ResultView r = service.record(id, body.input());
        return Response.created(URI.create("/api/v1/studios/" + id + "/results/" + r.id())).entity(r).build();
    }

    @GET
    @Operation(summary = "创新成果 / the studio's results", description = "按取得日期倒序，可按年度筛选。")
    @APIResponse(responseCode = "200", description = "成果 / results", content = @Content(
            schema = @Schema(implementation = ResultView.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "results", ref = "resultList")))
    public List<ResultView> list(@PathParam("id") UUID id, @QueryParam("year") Integer year) {
        return service.list(id, year);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "年度成果统计 / the year's count against the 1–2 rule", description = "每年至少1项、目标2项；经济效益合计（万元）。默认本年度。")
    @APIResponse(responseCode = "200", description = "统计 / the count", content = @Content(
            schema = @Schema(implementation = ResultService.YearSummary.class), examples = @ExampleObject(name = "summary", ref = "resultSummary")))
    public ResultService.YearSummary summary(@PathParam("id") UUID id, @QueryParam("year") Integer year) {
        return service.summary(id, year);
    }

    @GET
    @Path("/{resultId}")
    @Operation(summary = "一项成果 / a result")
    @APIResponse(responseCode = "200", description = "成果 / the result", content = @Content(
            schema = @Schema(implementation = ResultView.class), examples = @ExampleObject(name = "patent", ref = "result")))
    public ResultView get(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId) {
        return service.get(id, resultId);
    }

    @PUT
    @Path("/{resultId}")
    @RolesAllowed("studio")
    @Operation(summary = "修改成果 / correct a result")
    @RequestBody(content = @Content(schema = @Schema(implementation = ResultInput.class),
            examples = @ExampleObject(name = "correct", ref = "resultUpdate")))
    @APIResponse(responseCode = "200", description = "已修改 / corrected", content = @Content(
            schema = @Schema(implementation = ResultView.class), examples = @ExampleObject(name = "patent", ref = "result")))
    @APIResponse(responseCode = "409", description = "`STALE_VERSION` 成果已被修改，请刷新；`STUDIO_DELISTED` 工作室已摘牌")
    @APIResponse(responseCode = "422", description = RULES)
    public ResultView update(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId,
                             @Valid @NotNull(message = "请求体必填") ResultInput body) {
        if (body.version() == null) {
            throw cn.studio.platform.problem.ProblemException.invalid(List.of(new cn.studio.platform.problem.RuleViolation(
                    "version", "VERSION_REQUIRED", "修改时须带上查看时的版本")));
        }
        return service.update(id, resultId, body.version(), body.input());
    }

    @DELETE
    @Path("/{resultId}")
    @RolesAllowed("studio")
    @Operation(summary = "删除成果（连同证明材料）/ delete a result and its evidence")
    @APIResponse(responseCode = "204", description = "已删除 / deleted")
    @APIResponse(responseCode = "409", description = "`STUDIO_DELISTED` 工作室已摘牌")
    public Response delete(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId) {
        service.delete(id, resultId);
        return Response.noContent().build();
    }
}
