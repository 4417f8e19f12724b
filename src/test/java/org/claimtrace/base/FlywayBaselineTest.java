package org.claimtrace.base;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new database gets the baseline script (db/migration/B12_4__baseline.sql) instead of the seventeen versioned
 * scripts it stands for; this proves the two leave the same schema: tables, columns with their types, nullability
 * and defaults, primary and foreign keys with their delete rules, indexes, sequences and rows. On H2, and on
 * PostgreSQL when CLAIMTRACE_TEST_PG_URL names one (bash .ci/run does).
 */
class FlywayBaselineTest {

    private static final String NO_BASELINE = "flyway.baselineMigrationPrefix";

    @Test
    void onH2TheBaselineLeavesWhatTheVersionedScriptsLeave() throws SQLException {
        var chain = "jdbc:h2:mem:chain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        var baseline = "jdbc:h2:mem:baseline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (var chainConnection = DriverManager.getConnection(chain, "sa", "");
             var baselineConnection = DriverManager.getConnection(baseline, "sa", "")) {
            assertAppliedOnlyTheVersionedScripts(Flyway.configure().dataSource(chain, "sa", "")
                    .configuration(Map.of(NO_BASELINE, "NOBASELINE")).load());
            assertAppliedOnlyTheBaseline(Flyway.configure().dataSource(baseline, "sa", "").load());

            var expected = describe(chainConnection, "PUBLIC");
            assertThat(expected.get("attribution_tag rows")).hasSize(11);
            assertSameSchema(describe(baselineConnection, "PUBLIC"), expected);
        }
    }

    /** An installed database, at any version, goes on with the versioned scripts; the baseline is not for it. */
    @Test
    void aDatabaseWithScriptsAppliedIgnoresTheBaseline() throws SQLException {
        var url = "jdbc:h2:mem:installed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (var held = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").configuration(Map.of(NO_BASELINE, "NOBASELINE"))
                    .target("11.1").load().migrate();
            var flyway = Flyway.configure().dataSource(url, "sa", "").load();

            var upgrade = flyway.migrate();

            assertThat(upgrade.migrations).extracting(migration -> migration.version)
                    .containsExactly("11.2", "11.3", "12.1", "12.2", "12.3", "12.4");
            flyway.validate();
            assertThat(flyway.migrate().migrationsExecuted).isZero();
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "CLAIMTRACE_TEST_PG_URL", matches = ".+",
            disabledReason = "NOTICE: PostgreSQL tests skipped: set CLAIMTRACE_TEST_PG_URL (bash .ci/run does)")
    void onPostgresTheBaselineLeavesWhatTheVersionedScriptsLeave() throws SQLException {
        var url = System.getenv("CLAIMTRACE_TEST_PG_URL");
        var user = System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_USER", "postgres");
        var password = System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_PASSWORD", "");
        var suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var chain = "baseline_test_chain_" + suffix;
        var baseline = "baseline_test_baseline_" + suffix;
        try (var connection = DriverManager.getConnection(url, user, password)) {
            try {
                assertAppliedOnlyTheVersionedScripts(Flyway.configure().dataSource(url, user, password)
                        .schemas(chain).configuration(Map.of(NO_BASELINE, "NOBASELINE")).load());
                assertAppliedOnlyTheBaseline(Flyway.configure().dataSource(url, user, password).schemas(baseline).load());

                var expected = describe(connection, chain);
                assertThat(expected.get("attribution_tag rows")).hasSize(11);
                assertSameSchema(describe(connection, baseline), expected);
            } finally {
                try (var statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + chain + " CASCADE");
                    statement.execute("DROP SCHEMA IF EXISTS " + baseline + " CASCADE");
                }
            }
        }
    }

    private static void assertSameSchema(Map<String, List<String>> actual, Map<String, List<String>> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        SoftAssertions.assertSoftly(softly -> expected.forEach((what, lines) ->
                softly.assertThat(actual.get(what)).as(what).containsExactlyElementsOf(lines)));
    }

    private static void assertAppliedOnlyTheVersionedScripts(Flyway flyway) {
        flyway.migrate();
        var applied = flyway.info().applied();
        assertThat(applied).hasSizeGreaterThanOrEqualTo(17);
        assertThat(applied).extracting(info -> info.getType().isBaseline()).containsOnly(false);
    }

    private static void assertAppliedOnlyTheBaseline(Flyway flyway) {
        flyway.migrate();
        var applied = flyway.info().applied();
        // the schema Flyway creates, then the baseline; later versioned scripts would follow it
        assertThat(Arrays.stream(applied).filter(info -> info.getVersion() != null && info.getType().isBaseline()))
                .extracting(MigrationInfo::getScript).containsExactly("B12_4__baseline.sql");
        assertThat(Arrays.stream(applied).filter(info -> info.getVersion() != null
                && info.getVersion().compareTo(MigrationVersion.fromVersion("12.4")) <= 0 && !info.getType().isBaseline())).isEmpty();
    }

    /** What a schema holds, keyed by "table columns", "table keys", "table indexes", "table rows", "sequences". */
    private static Map<String, List<String>> describe(Connection connection, String schema) throws SQLException {
        var metadata = connection.getMetaData();
        var description = new TreeMap<String, List<String>>();
        var tables = new ArrayList<String>();
        try (var rows = metadata.getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rows.next()) {
                if (!rows.getString("TABLE_NAME").equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        assertThat(tables).as("tables in " + schema).hasSizeGreaterThan(20);
        for (var table : tables) {
            var name = lower(table);
            description.put(name + " columns", read(metadata.getColumns(null, schema, table, "%"), rows ->
                    rows.getInt("ORDINAL_POSITION") + " " + lower(rows.getString("COLUMN_NAME")) + " "
                            + rows.getString("TYPE_NAME") + "(" + rows.getInt("COLUMN_SIZE") + ") nullable="
                            + rows.getString("IS_NULLABLE") + " default=" + rows.getString("COLUMN_DEF")
                            + " generated=" + rows.getString("IS_AUTOINCREMENT")));
            description.put(name + " primary key", read(metadata.getPrimaryKeys(null, schema, table), rows ->
                    rows.getShort("KEY_SEQ") + " " + lower(rows.getString("COLUMN_NAME"))));
            // constraint and backing-index names are generated when a script gives none: compared by what they hold
            description.put(name + " foreign keys", read(metadata.getImportedKeys(null, schema, table), rows ->
                    lower(rows.getString("FKCOLUMN_NAME")) + " -> " + lower(rows.getString("PKTABLE_NAME")) + "."
                            + lower(rows.getString("PKCOLUMN_NAME")) + " on delete " + rows.getShort("DELETE_RULE")));
            var indexes = new TreeMap<String, List<String>>();
            try (var rows = metadata.getIndexInfo(null, schema, table, false, false)) {
                while (rows.next()) {
                    if (rows.getString("COLUMN_NAME") == null) {
                        continue;
                    }
                    var index = lower(rows.getString("INDEX_NAME"));
                    indexes.computeIfAbsent(index, key -> new ArrayList<>())
                            .add(rows.getShort("ORDINAL_POSITION") + ":" + lower(rows.getString("COLUMN_NAME")));
                }
            }
            var indexDescriptions = new ArrayList<String>();
            indexes.forEach((index, columns) -> {
                columns.sort(null);
                indexDescriptions.add((index.startsWith("ix_") ? index : "(generated name)") + " " + columns);
            });
            indexDescriptions.sort(null);
            description.put(name + " indexes", indexDescriptions);
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT * FROM " + schema + "." + table + " ORDER BY 1")) {
                description.put(name + " rows", read(rows, row -> {
                    var values = new ArrayList<String>();
                    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                        values.add(row.getString(column));
                    }
                    return values.toString();
                }));
            }
        }
        try (var statement = connection.prepareStatement("SELECT sequence_name, start_value, increment "
                + "FROM information_schema.sequences WHERE sequence_schema = ? AND LOWER(sequence_name) NOT LIKE 'system_sequence%'")) {
            statement.setString(1, schema);
            var sequences = read(statement.executeQuery(), rows -> lower(rows.getString(1)) + " start " + rows.getString(2)
                    + " by " + rows.getString(3));
            sequences.sort(null);
            description.put("sequences", sequences);
        }
        return description;
    }

    private interface Row {
        String describe(ResultSet rows) throws SQLException;
    }

    private static List<String> read(ResultSet rows, Row row) throws SQLException {
        try (rows) {
            var lines = new ArrayList<String>();
            while (rows.next()) {
                lines.add(row.describe(rows));
            }
            if (!lines.isEmpty() && !lines.getFirst().matches("\\d+ .*")) {
                lines.sort(null);
            }
            return lines;
        }
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
