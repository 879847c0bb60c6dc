package cn.studio.application;

import cn.studio.testsupport.ServiceArchitectureRules;

/** The suite's architecture rules, over this service's classes. */
class ApplicationServiceArchitectureTest extends ServiceArchitectureRules {
    @Override
    protected String rootPackage() {
        return "cn.studio.application";
    }
}
