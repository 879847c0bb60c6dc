package cn.studio.review.reviewer;

import cn.studio.review.World;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static cn.studio.review.World.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A race the database decides (two first declarations of one profile) answers 409 to the loser, never 500. */
@QuarkusTest
class ConcurrentProfileTest {
    @Test
    void parallelFirstDeclarationsNeverAnswer500() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                String token = World.reviewerToken("rev-race-" + UUID.randomUUID(), "expert-r");
                List<Callable<Integer>> calls = IntStream.range(0, 8).<Callable<Integer>>mapToObj(i -> () ->
                        as(token).body(Map.of("expertise", List.of("TECHNOLOGY"))).put("/api/v1/reviews/reviewers/me")
                                .then().extract().statusCode()).toList();
                List<Integer> statuses = pool.invokeAll(calls).stream().map(ConcurrentProfileTest::get).toList();
                assertTrue(statuses.contains(200), statuses.toString());
                assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int get(Future<Integer> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
