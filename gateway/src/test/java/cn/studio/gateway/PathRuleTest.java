package cn.studio.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class PathRuleTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/applications",
            "/api/v1/applications/",
            "/api/v1/applications/42/history?page=2&path=../../x;y//z",
            "/api/v1/public/register/%E5%B7%A5%E4%BD%9C%E5%AE%A4",
            "/api/v1/public/register/%e5%b7%a5",
            "/api/v1/orgs/a%20b",
            "/api/v1/files/x.pdf",
            "/api/v1/files/...",
            "/api/v1/files/.hidden",
            "/",
            "/api/docs/",
            "/q/health/ready"})
    void pathsInNormalFormPass(String target) {
        assertNull(PathRule.refusal(target), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/public/../applications",
            "/api/v1/public/..",
            "/api/v1/./applications",
            "/api/v1/public/.",
            "/api/v1/public/%2e%2e/applications",
            "/api/v1/public/%2E%2E/applications",
            "/api/v1/public/.%2e/applications",
            "/api/v1//applications",
            "//api/v1/applications",
            "/api/v1/applications;jsessionid=1",
            "/api/v1/public;x=1/../applications",
            "/api/v1/public/campaigns%2F..%2Fapplications",
            "/api/v1/public/campaigns%2f1",
            "/api/v1/public/campaigns%5C..%5Capplications",
            "/api/v1/public\\..\\applications",
            "/api/v1/%61pplications",
            "/api/v1/%70ublic/register",
            "/api/v1/public/%252e%252e/applications",
            "/api/v1/applications/%00",
            "/api/v1/applications/%",
            "/api/v1/applications/%4",
            "/api/v1/applications/%zz",
            "/api/v1/applications/a#b",
            "/api/v1/applications/工作室",
            "http://evil.example/api/v1/public/register",
            "*",
            ""})
    void anythingANormaliserWouldChangeIsRefused(String target) {
        assertNotNull(PathRule.refusal(target), target);
    }
}
