package cn.studio.platform.print;

/** Where a cell's lines sit between its rules. */
public enum Align {
    LEFT, CENTER, RIGHT
}
