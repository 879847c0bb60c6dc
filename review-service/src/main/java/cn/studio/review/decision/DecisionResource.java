package cn.studio.review.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The two-key decision: 区总工会 proposes, 区科委 approves or returns. Shared errors (401, 403, 404 on a decision, 400 on a
 * body, 500) come from platform/web; examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/decisions")
@Tag(name = "decisions", description = "认定决定（两把钥匙）")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PENDING_ONLY = "`DECISION_FINAL` 决定已生效；`DECISION_NOT_PROPOSED` 名单已退回，待区总工会重新提出；"
            + "`STALE_VERSION` 查看后名单已变，请刷新";

    @Inject
    DecisionService service;
    @Inject
    CityRecommendation city;

    @Schema(name = "ProposedEntry", description = "拟命名的工作室 / a studio on the proposed list")
    public record Entry(@Schema(description = "案件（申报编号）") @NotNull(message = "案件必填") UUID applicationId,
                        @Schema(description = "经费支持（万元，最多两位小数）", examples = "5.00") @NotNull(message = "经费支持必填") BigDecimal fundingWanYuan,
                        @Schema(description = "推荐市级职工创新工作室（默认 false）") boolean cityRecommended) {
    }

    @Schema(description = "拟命名名单（第一把钥匙）/ the proposal")
    public record Proposal(@Schema(description = "拟命名名单，按此顺序编号；名称按领军人自动生成")
                           @NotNull(message = "名单必填") @Size(min = 1, max = 200, message = "名单1–200个") List<@Valid @NotNull Entry> entries,
                           @Schema(nullable = true, description = "超过名额时的理由") @Size(max = 2000, message = "理由不超过2000字") String overQuotaReason) {
    }

    @Schema(description = "审批（version 为查看时的版本）/ approve the version read")
    public record Approval(@Schema(description = "查看时的版本", examples = "0") @NotNull(message = "version 必填") Integer version) {
    }

    @Schema(name = "DecisionReturn", description = "退回（第二把钥匙不予通过）/ return to 区总工会")
    public record Return(@Schema(description = "查看时的版本", examples = "0") @NotNull(message = "version 必填") Integer version,
                         @Schema(description = "退回理由（≤ 2000 字）", examples = "请补充实地考察整改情况后再报。")
                         @NotBlank(message = "退回理由必填") @Size(max = 2000, message = "理由不超过2000字") String reason) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"union-admin", "commission"})
    @Operation(summary = "认定决定 / a decision")
    @APIResponse(responseCode = "200", description = "认定决定 / the decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class), examples = {
                    @ExampleObject(name = "proposed", ref = "decisionProposed"),
                    @ExampleObject(name = "approved", ref = "decisionApproved")}))
    public DecisionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("commission")
    @Operation(summary = "区科委审批通过（第二把钥匙）/ approve",
            description = "通过后决定不可更改，评审轮次随之结束，通知每个参评单位。提议人不能审批。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Approval.class),
            examples = @ExampleObject(name = "approve", ref = "approval")))
    @APIResponse(responseCode = "200", description = "已生效的决定 / the final decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class),
                    examples = @ExampleObject(name = "approved", ref = "decisionApproved")))
    @APIResponse(responseCode = "409", description = PENDING_ONLY + "；`SAME_PERSON` 提议人不能同时审批", content = @Content(examples = {
            @ExampleObject(name = "SAME_PERSON", ref = "samePerson"),
            @ExampleObject(name = "STALE_VERSION", ref = "decisionStaleVersion")}))
    public DecisionView approve(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Approval body) {
        return service.approve(id, body.version());
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed("commission")
    @Operation(summary = "区科委退回 / return with reasons", description = "退回区总工会，其修改后可重新提出；通知区总工会。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Return.class),
            examples = @ExampleObject(name = "return", ref = "decisionReturn")))
    @APIResponse(responseCode = "200", description = "已退回的决定 / the returned decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class),
                    examples = @ExampleObject(name = "returned", ref = "decisionReturned")))
    @APIResponse(responseCode = "409", description = PENDING_ONLY,
            content = @Content(examples = @ExampleObject(name = "DECISION_FINAL", ref = "decisionFinal")))
    public DecisionView returnToProposer(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Return body) {
        return service.returnToProposer(id, body.version(), body.reason());
    }

    @GET
    @Path("/{id}/city-recommendation.xlsx")
    @Produces(XLSX)
    @RolesAllowed({"union-admin", "commission"})
    @Operation(summary = "市级推荐名单（Excel）/ the city recommendation as XLSX",
            description = "决定中推荐市级的工作室：序号、工作室名称、领军人、所在单位、推荐单位、创新工作领域、区级经费支持（万元）。")
    @APIResponse(responseCode = "200", description = "市级职工创新工作室推荐名单 / the workbook",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"city-recommendation.xlsx\"; "
                    + "filename*=UTF-8''市级职工创新工作室推荐名单.xlsx（URL 编码）", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "`DECISION_NOT_FINAL` 决定生效前没有推荐名单 / only a final decision has one",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "DECISION_NOT_FINAL", ref = "decisionNotFinal")))
    public Response cityWorkbook(@PathParam("id") UUID id) {
        return Response.ok(city.workbook(id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"city-recommendation.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode("市级职工创新工作室推荐名单.xlsx", StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("/{id}/city-recommendation.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"union-admin", "commission"})
    @Operation(summary = "市级推荐名单（可打印 PDF）/ the city recommendation as a printable PDF",
            description = "A4：标题「<活动名称> 市级职工创新工作室推荐名单」，推荐单位 区总工会、区科委，名单（序号、工作室名称、领军人、"
                    + "所在单位、推荐单位、创新工作领域、区级经费支持（万元）），决定日期（北京时间）。")
    @APIResponse(responseCode = "200", description = "市级职工创新工作室推荐名单 PDF / the printable list",
            headers = @Header(name = "Content-Disposition", description = "inline; filename=\"city-recommendation-<id>.pdf\"; "
                    + "filename*=UTF-8''<活动名称>市级职工创新工作室推荐名单.pdf（URL 编码）", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "`DECISION_NOT_FINAL` 决定生效前没有推荐名单 / only a final decision has one",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "DECISION_NOT_FINAL", ref = "decisionNotFinalPdf")))
    public Response cityPdf(@PathParam("id") UUID id) {
        CityRecommendationPdf.Printed printed = city.pdf(id);
        return Response.ok(printed.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"city-recommendation-" + id + ".pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode(printed.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_"), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .build();
    }
}
