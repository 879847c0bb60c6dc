package cn.studio.application.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.util.List;

@Path("/api/v1/named-studios")
@Tag(name = "named-studios", description = "区级以上已命名工作室名录（申报资格核查用）")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission"})
public class NamedStudioResource {
    @Inject
    NamedStudioRegister register;

    @GET
    @Operation(summary = "已命名工作室名录 / the register of studios named at district level or above")
    @APIResponse(responseCode = "200", description = "名录，按导入先后 / the register, in import order",
            content = @Content(schema = @Schema(implementation = NamedStudio.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "register", ref = "namedStudios")))
    public List<NamedStudio> list() {
        return register.all();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("union-admin")
    @Operation(summary = "导入已命名工作室 CSV / import past named studios (header 领军人,所在单位,工作室名称,级别,命名年度)",
            description = "级别为 区级、市级 或 全国；有任何一行不合格则整批不导入，422 逐行列出。已在名录中的行不重复导入。")
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", ref = "namedStudiosCsv")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", ref = "namedStudiosCsv"))})
    @APIResponse(responseCode = "200", description = "导入结果 / rows imported and rows already known",
            content = @Content(schema = @Schema(implementation = NamedStudioRegister.ImportResult.class),
                    examples = @ExampleObject(name = "result", ref = "importResult")))
    @APIResponse(responseCode = "400", description = "`CSV_HEADER_MISSING` 缺少表头（领军人、所在单位、级别）；`CSV_UNREADABLE` 无法解析")
    @APIResponse(responseCode = "422", description = "`VALIDATION_FAILED`，`errors[]` 按行（field = \"line N\"）列出 `REQUIRED`、"
            + "`LEVEL_INVALID`、`YEAR_INVALID`；未导入任何行",
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "csvRowsInvalid")))
    public NamedStudioRegister.ImportResult importCsv(String csv) {
        return register.importCsv(new StringReader(csv));
    }
}
