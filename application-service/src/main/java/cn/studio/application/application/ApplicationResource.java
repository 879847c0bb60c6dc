package cn.studio.application.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** 申报表: the applications a caller may see. The complete aggregate arrives with its own issue. */
@Path("/api/v1/applications")
@Tag(name = "applications", description = "申报")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @GET
    @RolesAllowed({"applicant", "recommender", "union-admin", "commission"})
    @Operation(summary = "列出可见的申报 / list the applications the caller may see")
    public List<Object> list() {
        return List.of();
    }
}
