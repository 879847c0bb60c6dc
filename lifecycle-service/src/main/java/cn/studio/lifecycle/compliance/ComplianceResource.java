package cn.studio.lifecycle.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The yearly compliance evaluation: which studios a warning is proposed for, and why. */
@Path("/api/v1/studios/compliance")
@Tag(name = "delisting", description = "警示与通报摘牌")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission"})
public class ComplianceResource {
    @Inject
    ComplianceService service;

    @GET
    @Operation(summary = "年度考核 / the yearly evaluation",
            description = "截至今天（北京时间）：季度总结逾期未报送、计划或年度总结逾期、退回后逾期未重报、年度结束后创新成果不足。"
                    + "有问题的在册工作室建议警示；已警示且整改期限已过的建议摘牌（由区总工会决定）。默认本年度。")
    @APIResponse(responseCode = "200", description = "每个在册工作室的评估 / one evaluation per listed studio", content = @Content(
            schema = @Schema(implementation = ComplianceService.Evaluation.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "year", ref = "compliance")))
    @APIResponse(responseCode = "400", description = "`YEAR_OUT_OF_RANGE` 只能评估本年度及以前的年度")
    public List<ComplianceService.Evaluation> evaluate(@QueryParam("year") Integer year) {
        return service.evaluate(year);
    }
}
