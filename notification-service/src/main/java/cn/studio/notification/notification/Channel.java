package cn.studio.notification.notification;

public enum Channel { EMAIL, SMS, INBOX }
