package org.claimtrace.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtrace.report.ArticleSourcingReport;
import org.claimtrace.report.ClaimSourcingReport;
import org.claimtrace.report.OutletComparison;
import org.claimtrace.report.OutletSourcingReport;
import org.claimtrace.report.ReportService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "Reports", description = "Sourcing reports: per claim (independence, flags, anonymity audit), per article, "
        + "per outlet over a period, and outlets compared. Every role reads them.")
class ReportApi {

    private static final String PERIOD = "Publication dates (YYYY-MM-DD, UTC days, both included). Without them, the year up to "
            + "today; with one of them, the year starting or ending there. At most 10 years; from after to is refused with 422.";

    private final ReportService reports;

    ReportApi(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/claims/{id}/report")
    @Operation(summary = "A claim's sourcing report",
            description = "First appearance with its evidence; one row per appearance (outlet, time, attribution type, source as "
                    + "written, cue and stance, on-record status, relay chain); independence: distinct origins once relays "
                    + "(\"reportedly\", \"via AP\") and syndicated copies collapse, with the relay graph's nodes and edges; "
                    + "`flags` with stable codes: SINGLE_ORIGIN, NO_ON_RECORD_SOURCE, ANONYMITY_CHANGED (named in one outlet, "
                    + "anonymous in another), HEDGED_ONLY (every appearance hedged or relayed), CIRCULAR (outlets citing each "
                    + "other with no origin outside the loop); an anonymity audit per anonymous appearance against the AP's "
                    + "rules (YES, NO or UNKNOWN with the words that answer it); the review status and verdict, and what each review "
                    + "session made of the claim.")
    @Refuses(HttpStatus.NOT_FOUND)
    ClaimSourcingReport claim(@PathVariable long id) {
        return reports.claim(id);
    }

    @GetMapping("/articles/{id}/report")
    @Operation(summary = "An article's sourcing report",
            description = "The mix of attribution types (counts and shares), claims on the record, unattributed, anonymous "
                    + "without a recorded reason, the transparency score (0-100: 60 for up to four named sources on the record, "
                    + "20 for described anonymous sources, 20 for attributed claims) and, per cross-outlet claim, every outlet "
                    + "carrying it and its first appearance.")
    @Refuses(HttpStatus.NOT_FOUND)
    ArticleSourcingReport article(@PathVariable long id) {
        return reports.article(id);
    }

    @GetMapping("/outlets/{id}/report")
    @Operation(summary = "An outlet's sourcing over a period",
            description = "The mix across its articles, shares on the record, unattributed and anonymous with a recorded reason, "
                    + "how often it relays others versus carries a claim first, and the month-by-month trend.")
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT})
    OutletSourcingReport outlet(@PathVariable long id,
                                @Parameter(description = PERIOD) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @Parameter(description = PERIOD) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.outlet(id, from, to);
    }

    @GetMapping("/outlets/compare")
    @Operation(summary = "Two to six outlets' sourcing over the same period, side by side",
            description = "`ids` as 1,2,3 or repeated; each outlet's report as GET /api/outlets/{id}/report gives it.")
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT})
    OutletComparison compare(@Parameter(description = "Outlet ids, 2 to 6") @RequestParam List<Long> ids,
                             @Parameter(description = PERIOD) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @Parameter(description = PERIOD) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.compare(ids, from, to);
    }
}
