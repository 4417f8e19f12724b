package org.claimtrace.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the CheckThat! TSV files, whose cells may be quoted (with "" inside) and span lines. */
final class TabSeparatedFile {

    private TabSeparatedFile() {
    }

    static List<List<String>> rows(Path file, boolean skipHeader) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < content.length(); i++) {
            char ch = content.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (ch == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
                cellStart = false;
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return skipHeader && !rows.isEmpty() ? rows.subList(1, rows.size()) : rows;
    }
}
