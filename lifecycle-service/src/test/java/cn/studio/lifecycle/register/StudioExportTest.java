package cn.studio.lifecycle.register;

import cn.studio.lifecycle.World;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cn.studio.lifecycle.World.ADMIN;
import static cn.studio.lifecycle.World.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The register as CSV: a row per studio, Excel-friendly, no cell a spreadsheet would run as a formula. */
@QuarkusTest
class StudioExportTest {
    @Test
    void theExportHasARowPerStudioWithItsFundingStateAndResults() {
        World w = new World().named("导出甲");
        as(ADMIN).queryParam("year", 2026).get("/api/v1/studios/export.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("studios.csv"))
                .body(startsWith("\uFEFF序号,工作室名称,领军人"))
                .body(containsString(",导出甲职工创新工作室,导出甲,单位" + w.unit(0) + ",推荐rec-" + w.tag + ",2026,2026-03-10,5.50,否,在册,0\r\n"));
        as(w.studioToken(0)).get("/api/v1/studios/export.csv").then().statusCode(403);
    }

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("\"a,b\"", StudioExport.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", StudioExport.cell("say \"hi\""));
        assertEquals("'=1+1", StudioExport.cell("=1+1"));
        assertEquals("普通", StudioExport.cell("普通"));
    }
}
