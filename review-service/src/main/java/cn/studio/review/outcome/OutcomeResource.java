package cn.studio.review.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** What an applicant unit learns of its review: the final result and the reviewers' words for it, anonymously. */
@Path("/api/v1/reviews/applications/{applicationId}/outcome")
@Tag(name = "outcome", description = "评审结果（申报单位）")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
public class OutcomeResource {
    @Inject
    OutcomeService service;

    @GET
    @Operation(summary = "本单位申报的评审结果 / my application's outcome",
            description = "决定生效前 decided=false；之后给出是否命名、名称、经费支持和评审专家给单位的意见（不署名）。")
    public OutcomeService.Outcome outcome(@PathParam("applicationId") UUID applicationId) {
        return service.outcome(applicationId);
    }
}
