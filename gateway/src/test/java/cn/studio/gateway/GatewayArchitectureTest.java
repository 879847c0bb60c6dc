package cn.studio.gateway;

import cn.studio.testsupport.ServiceArchitectureRules;

/** The suite's architecture rules, over the gateway's classes. */
class GatewayArchitectureTest extends ServiceArchitectureRules {
    @Override
    protected String rootPackage() {
        return "cn.studio.gateway";
    }
}
