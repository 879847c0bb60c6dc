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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A round's site visits: scheduling and the list. */
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
            description = "通知申报单位和考察人员。422: CASE_NOT_IN_ROUND, VISIT_IN_PAST, VISIT_AFTER_DEADLINE, "
                    + "CONFLICT_OF_INTEREST；409: SITE_VISIT_EXISTS, ROUND_CLOSED。")
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
    @Operation(summary = "本轮实地考察 / the round's site visits", description = "评审专家只看到自己参加的。")
    public List<SiteVisitView> list(@PathParam("roundId") UUID roundId) {
        return service.list(roundId);
    }
}
