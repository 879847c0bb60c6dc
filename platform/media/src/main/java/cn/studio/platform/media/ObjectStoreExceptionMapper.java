package cn.studio.platform.media;

import cn.studio.platform.problem.ProblemMappers;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

public class ObjectStoreExceptionMapper {
    private static final Logger LOG = Logger.getLogger(ObjectStoreExceptionMapper.class);

    @ServerExceptionMapper
    public Response unavailable(ObjectStoreException e, HttpServerRequest request) {
        LOG.warn(e.getMessage(), e);
        return ProblemMappers.respond(503, MediaProblems.STORE_UNAVAILABLE, "文件存储暂不可用",
                "文件存储暂时无法访问，请稍后重试；已保存的内容不受影响", List.of(), request);
    }
}
