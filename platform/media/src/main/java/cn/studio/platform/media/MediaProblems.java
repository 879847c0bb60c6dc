package cn.studio.platform.media;

import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;

import java.util.List;

/** The media mechanism's answers: stable codes, zh-CN messages, problem+json through platform-web's mappers. */
public final class MediaProblems {
    /** 409: nothing was uploaded to the URL yet (or it was swept); the client uploads, then completes again. */
    public static final String UPLOAD_NOT_FOUND = "UPLOAD_NOT_FOUND";
    /** 409: the owner already has {@code studio.media.max-pending-per-owner} uploads waiting to be completed. */
    public static final String TOO_MANY_PENDING = "TOO_MANY_PENDING_UPLOADS";
    /** 409: the default code of a kind's count limit (a kind may declare its own, e.g. {@code PHOTO_LIMIT}). */
    public static final String COUNT_LIMIT = "ATTACHMENT_COUNT_LIMIT";
    /** 422 (file removed): empty. */
    public static final String EMPTY = "ATTACHMENT_EMPTY";
    /** 422 (file removed): over the kind's size limit. */
    public static final String TOO_LARGE = "ATTACHMENT_TOO_LARGE";
    /** 422 (file removed): its content is no type the kind accepts. */
    public static final String TYPE_MISMATCH = "ATTACHMENT_TYPE_MISMATCH";
    /** 422 (file removed): it starts like an accepted type but is not a well-formed file of it (e.g. %PDF- then HTML). */
    public static final String MALFORMED = "ATTACHMENT_MALFORMED";
    /** 503: the object store is unreachable; nothing changed, the client retries. */
    public static final String STORE_UNAVAILABLE = "OBJECT_STORE_UNAVAILABLE";

    private static final String FIELD = "attachment";

    private MediaProblems() {
    }

    /** A stored file the checks refused; it has been removed from the store. Always 422. */
    public static final class Refused extends ProblemException {
        Refused(String code, String message) {
            super(422, code, "附件不符合要求", message, List.of(new RuleViolation(FIELD, code, message)));
        }
    }

    static ProblemException uploadNotFound() {
        return conflict(UPLOAD_NOT_FOUND, "尚未上传文件，请先用上传地址上传，再确认完成");
    }

    /** 409 {@code TOO_MANY_PENDING_UPLOADS}. */
    public static ProblemException tooManyPending(int limit) {
        return conflict(TOO_MANY_PENDING, "待完成的上传已有 " + limit + " 个，请先完成或删除它们，或等待过期后再试");
    }

    static ProblemException countLimit(MediaKind kind) {
        return conflict(kind.countLimitCode(), kind.label() + "最多" + kind.maxCount() + "个，请先删除多余的" + kind.label());
    }

    static Refused empty(MediaKind kind) {
        return new Refused(EMPTY, kind.label() + "是空文件，已删除");
    }

    static Refused tooLarge(MediaKind kind, long size) {
        return new Refused(TOO_LARGE, kind.label() + "不超过 " + megabytes(kind.maxBytes()) + " MB（上传的文件为 "
                + String.format("%.1f", size / 1024.0 / 1024.0) + " MB），已删除");
    }

    static Refused typeMismatch(MediaKind kind, String actual) {
        return new Refused(TYPE_MISMATCH, kind.label() + "只接受 " + kind.types().stream().map(Enum::name).sorted().toList()
                + "，上传文件的实际内容是 " + actual + "，已删除");
    }

    static Refused malformed(MediaKind kind, FileType claimed, String why) {
        return new Refused(MALFORMED, kind.label() + "看似 " + claimed.name() + " 但不是有效的 " + claimed.name() + " 文件："
                + why + "，已删除");
    }

    private static ProblemException conflict(String code, String message) {
        return new ProblemException(409, code, "操作与当前状态冲突", message, List.of(new RuleViolation(FIELD, code, message)));
    }

    private static long megabytes(long bytes) {
        return bytes / 1024 / 1024;
    }
}
