package cn.studio.review;

import cn.studio.testsupport.ServiceArchitectureRules;

/** The suite's architecture rules, over this service's classes. */
class ReviewServiceArchitectureTest extends ServiceArchitectureRules {
    @Override
    protected String rootPackage() {
        return "cn.studio.review";
    }
}
