package org.interleave.cli;

/** The exit codes of the commands (DESIGN §6). */
final class ExitCodes {
    static final int CLEARED = 0;
    static final int FINDING = 1;
    static final int INVALID = 2;
    static final int INCONCLUSIVE = 3;

    private ExitCodes() {}
}
