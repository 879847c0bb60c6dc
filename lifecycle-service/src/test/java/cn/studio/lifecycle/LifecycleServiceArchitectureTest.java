package cn.studio.lifecycle;

import cn.studio.testsupport.ServiceArchitectureRules;

/** The suite's architecture rules, over this service's classes. */
class LifecycleServiceArchitectureTest extends ServiceArchitectureRules {
    @Override
    protected String rootPackage() {
        return "cn.studio.lifecycle";
    }
}
