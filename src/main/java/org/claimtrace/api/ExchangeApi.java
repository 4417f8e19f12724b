package org.claimtrace.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.claim.LinkStatus;
import org.claimtrace.claim.ReviewStatus;
import org.claimtrace.exchange.ExportFile;
import org.claimtrace.exchange.ExportFilter;
import org.claimtrace.exchange.ExportOptions;
import org.claimtrace.exchange.ExportService;
import org.claimtrace.exchange.FileRejectedException;
import org.claimtrace.exchange.ImportResult;
import org.claimtrace.exchange.ImportService;
import org.claimtrace.exchange.Progress;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api")
@Tag(name = "Exchange", description = "Export annotations and claims (CSV, W3C Web Annotation and ClaimReview JSON-LD), "
        + "import annotations (CSV or Web Annotation JSON-LD, all or nothing)")
class ExchangeApi {

    /** The same limit as the Import annotations view. */
    static final long MAX_IMPORT_BYTES = 100L * 1024 * 1024;

    private final ExportService exports;
    private final ImportService imports;

    ExchangeApi(ExportService exports, ImportService imports) {
        this.exports = exports;
        this.imports = imports;
    }

    @GetMapping("/export/{file}")
    @Operation(summary = "Export annotations.csv, claims.csv, annotations.jsonld or claimreview.jsonld, streamed",
            description = "Columns and shapes: see the README, \"Exchange formats\". CSV offsets are UTF-16 code units; the "
                    + "Web Annotation TextPositionSelector counts Unicode code points. Filters combine; all are optional.")
    @ApiResponse(responseCode = "200", description = "The file, streamed as it is written", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "annotations.csv or claims.csv")),
            @Content(mediaType = "application/ld+json", schema = @Schema(type = "object",
                    description = "annotations.jsonld (W3C Web Annotation) or claimreview.jsonld (schema.org)"))})
    @Refuses(HttpStatus.NOT_FOUND)
    void export(@PathVariable @Parameter(description = "annotations.csv, claims.csv, annotations.jsonld or claimreview.jsonld") String file,
                @RequestParam(required = false) Set<Long> outletId,
                @RequestParam(required = false) Long articleId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedTo,
                @RequestParam(required = false) @Parameter(description = "attribution type codes") Set<String> type,
                @RequestParam(required = false) Long claimId,
                @RequestParam(required = false) LinkStatus linkStatus,
                @RequestParam(required = false) ReviewStatus reviewStatus,
                @RequestParam(defaultValue = "true") @Parameter(description = "false leaves out quote, prefix, suffix") boolean includeText,
                @RequestParam(defaultValue = "false") @Parameter(description = "one row per claim link") boolean rowPerLink,
                @RequestParam(defaultValue = "false") @Parameter(description = "UTF-8 byte order mark, for Excel") boolean bom,
                @RequestParam(defaultValue = "neutralised") @Parameter(description = "neutralised (for spreadsheets) or raw") String formulas,
                HttpServletResponse response) throws IOException {
        var exportFile = ExportFile.byFileName(file).orElseThrow(() -> new NotFoundException(
                "No export called " + file + "; there are annotations.csv, claims.csv, annotations.jsonld and claimreview.jsonld."));
        var filter = filter(outletId, articleId, publishedFrom, publishedTo, type, claimId, linkStatus, reviewStatus);
        var options = new ExportOptions(includeText, rowPerLink, bom, neutralise(formulas));
        response.setContentType(exportFile.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + exportFile.fileName() + "\"");
        exports.write(exportFile, filter, options, response.getOutputStream(), Progress.NONE);
    }

    @PostMapping("/import/annotations")
    @Operation(summary = "Import annotations: the body is annotations.csv or Web Annotation JSON-LD (ours or Hypothesis')",
            description = "All or nothing: with any bad row nothing is imported and the answer is 422 with a detail per row "
                    + "(line, field, message). Articles must exist; rows find them by content hash, then URL. Up to 100 MB.")
    @Parameter(name = "formulas", in = ParameterIn.QUERY, schema = @Schema(type = "string", defaultValue = "neutralised", allowableValues = {"neutralised", "raw"}),
            description = "neutralised: undo the export's formula protection; raw: take cells as they are")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "annotations.csv, or Web Annotation "
            + "JSON-LD (ours, or Hypothesis' export); sent as curl --data-binary sends it, the type is not checked", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/ld+json", schema = @Schema(type = "object")),
            @Content(mediaType = "application/json", schema = @Schema(type = "object")),
            @Content(mediaType = "application/x-www-form-urlencoded", schema = @Schema(type = "string"))})
    @Refuses(HttpStatus.UNPROCESSABLE_CONTENT)
    ImportJson importAnnotations(HttpServletRequest request) throws IOException {
        // The query string is read by hand: asking the request for a parameter would make the servlet container
        // read a form-typed body as form fields, and `curl --data-binary @file` sends its file typed as a form.
        String formulas = ServletUriComponentsBuilder.fromRequest(request).build().getQueryParams().getFirst("formulas");
        formulas = formulas == null ? "neutralised" : formulas;
        var file = Files.createTempFile("claimtrace-import-", ".upload");
        try {
            copyAtMost(request.getInputStream(), file);
            return ImportJson.of(imports.importAnnotations(file, neutralise(formulas), Progress.NONE));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Refuses a body over the limit as soon as it passes it, without storing the rest. */
    private static void copyAtMost(InputStream in, java.nio.file.Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            var buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_IMPORT_BYTES) {
                    throw FileRejectedException.of("The body is larger than 100 MB, the limit for one import. Split it and import the parts.");
                }
                out.write(buffer, 0, n);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean neutralise(String formulas) {
        return switch (formulas) {
            case "neutralised", "neutralized" -> true;
            case "raw" -> false;
            default -> throw new BadRequestException("formulas must be neutralised or raw",
                    List.of(ApiError.Detail.field("formulas", "neutralised or raw")));
        };
    }

    private static ExportFilter filter(Set<Long> outletIds, Long articleId, LocalDate from, LocalDate to, Set<String> types,
                                       Long claimId, LinkStatus linkStatus, ReviewStatus reviewStatus) {
        try {
            return new ExportFilter(outletIds, articleId, from, to, types, claimId, linkStatus, reviewStatus);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), List.of(ApiError.Detail.field("publishedTo", e.getMessage())));
        }
    }

    record ImportJson(long rows, long imported, long alreadyPresent, long reanchored,
                      @Schema(description = "Annotations from another tool whose tags name no attribution type: imported as "
                              + "UNATTRIBUTED, the tags kept in the note") long unattributed,
                      String message, List<ApiError.Detail> notes) {
        static ImportJson of(ImportResult result) {
            return new ImportJson(result.rows(), result.imported(), result.alreadyPresent(), result.reanchored(),
                    result.unattributed(), result.summary(),
                    result.notes().stream().map(n -> new ApiError.Detail(n.line() == null ? null : n.line().intValue(), n.field(), n.message())).toList());
        }
    }
}
