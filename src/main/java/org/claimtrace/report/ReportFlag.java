package org.claimtrace.report;



/** One raised flag: its stable code, its label and what exactly was found. */
public record ReportFlag(SourcingFlag code, String label, String message) {

    static ReportFlag of(SourcingFlag flag, String message) {
        return new ReportFlag(flag, flag.label(), message);
    }
}
