package cn.studio.review.sitevisit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Site visits (实地考察). */
@Path("/api/v1/reviews/site-visits")
@Tag(name = "site-visits", description = "实地考察")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteVisitResource {
    @Inject
    SiteVisitService service;

    @Schema(description = "考察安排 / a visit's schedule")
    public record Schedule(
            @Schema(description = "案件（申报编号）；修改安排时忽略") UUID applicationId,
            @Schema(description = "考察时间（ISO 8601 含时区）") @NotNull(message = "考察时间必填") OffsetDateTime scheduledAt,
            @Schema(description = "地点") @NotBlank(message = "地点必填") @Size(max = 200, message = "地点不超过200字") String address,
            @Schema(description = "考察人员（用户名：评审专家、区总工会、区科委）") @NotNull(message = "考察人员必填")
            @Size(min = 1, max = 20, message = "考察人员1–20人") List<@NotBlank String> visitors) {
    }

    @Schema(description = "考察记录 / what the visitors found")
    public record Findings(
            @Schema(description = "核查清单：项目 → {ok, note}") Map<ChecklistItem, SiteVisit.Check> checklist,
            @Schema(nullable = true, description = "考察发现") @Size(max = 5000, message = "考察发现不超过5000字") String findings,
            @Schema(description = "结论：PASS 通过, CONCERNS 存在问题, FAIL 不通过（排名时剔除）") @NotNull(message = "考察结论必填") VisitVerdict verdict,
            @Schema(nullable = true, description = "读取时的版本") Integer version) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"union-admin", "commission", "reviewer"})
    @Operation(summary = "实地考察 / a site visit")
    public SiteVisitView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}/schedule")
    @RolesAllowed("union-admin")
    @Operation(summary = "修改考察安排 / reschedule", description = "重新通知申报单位和考察人员。")
    public SiteVisitView reschedule(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Schedule body) {
        return service.reschedule(id, new SiteVisitService.Schedule(null, body.scheduledAt(), body.address(), body.visitors()));
    }

    @PUT
    @Path("/{id}/record")
    @RolesAllowed({"union-admin", "reviewer", "commission"})
    @Operation(summary = "填写考察记录 / record the visit",
            description = "考察人员或区总工会填写核查清单、发现和结论；本轮结束前可修改。409: STALE_VERSION, ROUND_CLOSED。")
    public SiteVisitView record(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Findings body) {
        return service.record(id, new SiteVisitService.Record(body.checklist(), body.findings(), body.verdict(), body.version()));
    }
}
