package cn.studio.review.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * What an applicant unit learns of its review: the final result and the reviewers' words for it, anonymously. Shared
 * errors (401, 403, 500) come from platform/web; examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/applications/{applicationId}/outcome")
@Tag(name = "outcome", description = "评审结果（申报单位）")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
public class OutcomeResource {
    @Inject
    OutcomeService service;

    @GET
    @Operation(summary = "本单位申报的评审结果 / my application's outcome",
            description = "决定生效前 decided=false；之后给出是否命名、名称、级别（DISTRICT 区级）、经费支持（万元）和评审专家给单位的意见"
                    + "（不署名）。")
    @APIResponse(responseCode = "200", description = "评审结果 / the outcome",
            content = @Content(schema = @Schema(implementation = OutcomeService.Outcome.class), examples = {
                    @ExampleObject(name = "named", ref = "outcomeNamed"),
                    @ExampleObject(name = "not named", ref = "outcomeNotNamed"),
                    @ExampleObject(name = "pending", ref = "outcomePending")}))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 不是评审案件，或不是本单位的申报 / not a case of the caller's unit")
    public OutcomeService.Outcome outcome(@PathParam("applicationId") UUID applicationId) {
        return service.outcome(applicationId);
    }
}
