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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** The two-key decision: 区总工会 proposes, 区科委 approves or returns. */
@Path("/api/v1/reviews/decisions")
@Tag(name = "decisions", description = "认定决定（两把钥匙）")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DecisionService service;
    @Inject
    CityRecommendation city;

    @Schema(description = "拟命名的工作室 / a studio on the proposed list")
    public record Entry(@Schema(description = "案件（申报编号）") @NotNull(message = "案件必填") UUID applicationId,
                        @Schema(description = "经费支持（万元，最多两位小数）", examples = "5.00") @NotNull(message = "经费支持必填") BigDecimal fundingWanYuan,
                        @Schema(description = "推荐市级职工创新工作室") boolean cityRecommended) {
    }

    @Schema(description = "拟命名名单（第一把钥匙）/ the proposal")
    public record Proposal(@NotNull(message = "名单必填") @Size(min = 1, max = 200, message = "名单1–200个") List<@Valid @NotNull Entry> entries,
                           @Schema(nullable = true, description = "超过名额时的理由") @Size(max = 2000, message = "理由不超过2000字") String overQuotaReason) {
    }

    @Schema(description = "审批（version 为查看时的版本）")
    public record Approval(@NotNull(message = "version 必填") Integer version) {
    }

    @Schema(description = "退回（第二把钥匙不予通过）")
    public record Return(@NotNull(message = "version 必填") Integer version,
                         @NotBlank(message = "退回理由必填") @Size(max = 2000, message = "理由不超过2000字") String reason) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"union-admin", "commission"})
    @Operation(summary = "认定决定 / a decision")
    public DecisionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("commission")
    @Operation(summary = "区科委审批通过（第二把钥匙）/ approve",
            description = "通过后决定不可更改，通知每个参评单位。409: DECISION_FINAL, DECISION_NOT_PROPOSED, STALE_VERSION, SAME_PERSON。")
    public DecisionView approve(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Approval body) {
        return service.approve(id, body.version());
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed("commission")
    @Operation(summary = "区科委退回 / return with reasons", description = "409: DECISION_FINAL, DECISION_NOT_PROPOSED, STALE_VERSION。")
    public DecisionView returnToProposer(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Return body) {
        return service.returnToProposer(id, body.version(), body.reason());
    }

    @GET
    @Path("/{id}/city-recommendation.xlsx")
    @Produces(XLSX)
    @RolesAllowed({"union-admin", "commission"})
    @Operation(summary = "市级推荐名单（Excel）/ the city recommendation as XLSX", description = "409 DECISION_NOT_FINAL：决定生效前没有推荐名单。")
    public Response cityWorkbook(@PathParam("id") UUID id) {
        return Response.ok(city.workbook(id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"city-recommendation.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode("市级职工创新工作室推荐名单.xlsx", StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
