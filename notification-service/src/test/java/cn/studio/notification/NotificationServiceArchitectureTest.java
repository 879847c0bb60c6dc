package cn.studio.notification;

import cn.studio.testsupport.ServiceArchitectureRules;

/** The suite's architecture rules, over this service's classes. */
class NotificationServiceArchitectureTest extends ServiceArchitectureRules {
    @Override
    protected String rootPackage() {
        return "cn.studio.notification";
    }
}
