package org.claimtrace.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * The three CSV libraries the exchange issue names, on the same 1,000,000 annotation-shaped rows (38 cells,
 * quotes, commas and line breaks in the text cells): write to a UTF-8 stream, then parse the output back.
 * Chooses the library of {@code exchange/} (docs/decisions/006-exchange-formats.md).
 */
public final class CsvlibsBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int DISTINCT = 10_000;

    interface Library {
        String name();
        void write(String[][] rows, Writer out) throws IOException;
        long read(Reader in) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        var rows = rows();
        var libraries = new Library[]{fastCsv(), commonsCsv(), jacksonCsv()};
        var summary = new StringBuilder("csvlibs:");
        byte[] sample = null;
        for (var library : libraries) {
            double best = Double.MAX_VALUE;
            long bytes = 0;
            for (int round = 0; round < 3; round++) {
                var counter = new CountingStream();
                long t0 = System.nanoTime();
                try (var writer = new OutputStreamWriter(counter, StandardCharsets.UTF_8)) {
                    library.write(rows, writer);
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bytes = counter.count;
            }
            var buffer = new ByteArrayOutputStream();
            try (var writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
                library.write(Arrays.copyOf(rows, 200_000), writer);
            }
            sample = sample == null ? buffer.toByteArray() : sample;
            if (!Arrays.equals(sample, buffer.toByteArray())) {
                System.out.println("  note: " + library.name() + " writes different bytes from " + libraries[0].name());
            }
            double bestRead = Double.MAX_VALUE;
            long parsed = 0;
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                parsed = library.read(new InputStreamReader(new ByteArrayInputStream(sample), StandardCharsets.UTF_8));
                bestRead = Math.min(bestRead, (System.nanoTime() - t0) / 1e9);
            }
            long writePerS = Math.round(ROWS / best);
            long readPerS = Math.round(parsed / bestRead);
            System.out.printf("%-12s write %,d rows/s (%.0f MB/s, %,d bytes)  read %,d rows/s (%,d rows)%n",
                    library.name(), writePerS, bytes / best / 1e6, bytes, readPerS, parsed);
            summary.append(' ').append(library.name()).append("_write_per_s=").append(writePerS)
                    .append(' ').append(library.name()).append("_read_per_s=").append(readPerS);
        }
        System.out.println(summary);
    }

    private static String[][] rows() {
        var random = new Random(42);
        var words = "officials said the missile was launched according to a statement, \"we urge\" Kim Jong Un's trip — 北京 😀 reportedly =1+2 -3% @home"
                .split(" ");
        var distinct = new String[DISTINCT][];
        for (int i = 0; i < DISTINCT; i++) {
            var row = new String[38];
            for (int c = 0; c < row.length; c++) {
                row[c] = switch (c % 6) {
                    case 0 -> Long.toString(random.nextLong(1_000_000));
                    case 1 -> sentence(random, words, 4);
                    case 2 -> "2023-09-0" + (1 + random.nextInt(9)) + "T18:30:00-04:00";
                    case 3 -> sentence(random, words, 25) + (random.nextInt(20) == 0 ? "\nsecond line" : "");
                    case 4 -> "ANONYMOUS_VAGUE";
                    default -> "";
                };
            }
            distinct[i] = row;
        }
        var rows = new String[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            rows[i] = distinct[i % DISTINCT];
        }
        return rows;
    }

    private static String sentence(Random random, String[] words, int length) {
        var sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return sb.toString();
    }

    private static Library fastCsv() {
        return new Library() {
            public String name() { return "fastcsv"; }
            public void write(String[][] rows, Writer out) throws IOException {
                var csv = CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.CRLF).build(out);
                for (var row : rows) {
                    csv.writeRecord(row);
                }
                csv.flush();
            }
            public long read(Reader in) throws IOException {
                long n = 0;
                try (var csv = CsvReader.builder().ofCsvRecord(in)) {
                    for (var record : csv) {
                        n += record.getFieldCount() > 0 ? 1 : 0;
                    }
                }
                return n;
            }
        };
    }

    private static Library commonsCsv() {
        return new Library() {
            public String name() { return "commonscsv"; }
            public void write(String[][] rows, Writer out) throws IOException {
                var csv = CSVFormat.RFC4180.print(out);
                for (var row : rows) {
                    csv.printRecord((Object[]) row);
                }
                csv.flush();
            }
            public long read(Reader in) throws IOException {
                long n = 0;
                try (var csv = CSVParser.parse(in, CSVFormat.RFC4180)) {
                    for (var record : csv) {
                        n += record.size() > 0 ? 1 : 0;
                    }
                }
                return n;
            }
        };
    }

    private static Library jacksonCsv() {
        var mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        var schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        return new Library() {
            public String name() { return "jacksoncsv"; }
            public void write(String[][] rows, Writer out) throws IOException {
                try (var csv = mapper.writerFor(String[].class).with(schema).writeValues(out)) {
                    for (var row : rows) {
                        csv.write(row);
                    }
                }
            }
            public long read(Reader in) throws IOException {
                long n = 0;
                try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(in)) {
                    while (it.hasNext()) {
                        n += it.next().length > 0 ? 1 : 0;
                    }
                }
                return n;
            }
        };
    }

    private static final class CountingStream extends OutputStream {
        long count;
        @Override public void write(int b) { count++; }
        @Override public void write(byte[] b, int off, int len) { count += len; }
    }
}
