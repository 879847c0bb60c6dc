package cn.studio.review.sitevisit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A round's site visits: scheduling and the list. Shared errors (401, 403, 404 on the round, 400 on a body, 500) come
 * from platform/web; examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/rounds/{roundId}/site-visits")
@Tag(name = "site-visits", description = "实地考察")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundSiteVisitsResource {
    @Inject
    SiteVisitService service;

    @POST
    @RolesAllowed("union-admin")
    @Operation(summary = "安排实地考察 / schedule a site visit",
            description = "每个案件每轮一次；通知申报单位和考察人员。")
    @RequestBody(content = @Content(schema = @Schema(implementation = SiteVisitResource.Schedule.class),
            examples = @ExampleObject(name = "visit", ref = "siteVisitSchedule")))
    @APIResponse(responseCode = "201", description = "已安排的考察 / the scheduled visit",
            headers = @Header(name = "Location", description = "考察的地址 / the new visit",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SiteVisitView.class),
                    examples = @ExampleObject(name = "scheduled", ref = "siteVisitScheduled")))
    @APIResponse(responseCode = "409", description = "`SITE_VISIT_EXISTS` 该案件本轮已安排，请修改原安排；" + SiteVisitResource.ROUND_CLOSED,
            content = @Content(examples = @ExampleObject(name = "SITE_VISIT_EXISTS", ref = "siteVisitExists")))
    @APIResponse(responseCode = "422", description = SiteVisitResource.SCHEDULE_RULES + ", `REQUIRED` 未给案件, "
            + "`CASE_NOT_IN_ROUND` 案件不属于本轮的活动",
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "siteVisitRulesBroken")))
    public Response schedule(@PathParam("roundId") UUID roundId, @Valid @NotNull(message = "请求体必填") SiteVisitResource.Schedule body) {
        if (body.applicationId() == null) {
            throw cn.studio.platform.problem.ProblemException.invalid(List.of(
                    new cn.studio.platform.problem.RuleViolation("applicationId", "REQUIRED", "案件必填")));
        }
        SiteVisitView visit = service.schedule(roundId, new SiteVisitService.Schedule(body.applicationId(),
                body.scheduledAt(), body.address(), body.visitors()));
        return Response.created(URI.create("/api/v1/reviews/site-visits/" + visit.id())).entity(visit).build();
    }

    @GET
    @RolesAllowed({"union-admin", "commission", "reviewer"})
    @Operation(summary = "本轮实地考察 / the round's site visits", description = "按考察时间；评审专家只看到自己参加且无回避的。")
    @APIResponse(responseCode = "200", description = "实地考察 / the visits",
            content = @Content(schema = @Schema(implementation = SiteVisitView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "visits", ref = "siteVisits")))
    public List<SiteVisitView> list(@PathParam("roundId") UUID roundId) {
        return service.list(roundId);
    }
}
