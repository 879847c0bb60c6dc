package cn.studio.lifecycle.obligation;

import cn.studio.platform.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** 区总工会's board across studios: what is overdue, due within 7 days, returned, or waiting for review. */
@Path("/api/v1/studios/obligations")
@Tag(name = "obligations", description = "报送日历")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission"})
public class ObligationBoardResource {
    @Inject
    ObligationBoard board;
    @Inject
    ObligationService obligations;

    @GET
    @Operation(summary = "报送看板 / the board across studios",
            description = "status：OVERDUE 逾期未报（含退回后逾期），DUE_SOON 7日内到期，RETURNED 已退回待重报，SUBMITTED 已报送待审核；按截止日期。默认本年度、OVERDUE。")
    @APIResponse(responseCode = "200", description = "看板 / the entries", content = @Content(
            schema = @Schema(implementation = ObligationBoard.Entry.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "overdue", ref = "obligationBoard")))
    @APIResponse(responseCode = "400", description = "`INVALID_VALUE` status 取值无效")
    public List<ObligationBoard.Entry> board(@QueryParam("year") Integer year,
                                             @Parameter(description = "OVERDUE, DUE_SOON, RETURNED, SUBMITTED", schema = @Schema(implementation = ObligationBoard.Status.class))
                                             @QueryParam("status") String status) {
        ObligationBoard.Status s;
        try {
            s = status == null ? ObligationBoard.Status.OVERDUE : ObligationBoard.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("INVALID_VALUE", "status 只能是 OVERDUE、DUE_SOON、RETURNED 或 SUBMITTED");
        }
        return board.board(year != null ? year : obligations.today().getYear(), s);
    }
}
