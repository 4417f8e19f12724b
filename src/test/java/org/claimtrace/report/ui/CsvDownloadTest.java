package org.claimtrace.report.ui;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CsvDownloadTest {

    @Test
    void aReportTableIsWrittenByTheExchangeCsvRules() throws Exception {
        var table = ReportTable.named("t", "Test", "Outlet", "Quote", "Share")
                .row("The \"Daily\", Ltd", "=HYPERLINK(\"http://x\")", "-3.5%")
                .row(ReportTable.Cell.swatch("Named person", "#117733"), "line\nbreak", "+1,200.5").build();
        var out = new ByteArrayOutputStream();

        CsvDownload.write(table, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Outlet,Quote,Share\r\n"
                + "\"The \"\"Daily\"\", Ltd\",\"'=HYPERLINK(\"\"http://x\"\")\",-3.5%\r\n"
                + "Named person,\"line\nbreak\",\"+1,200.5\"\r\n");
    }
}
