package org.claimtrace.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the outlet pass is cut for H2's threads: whole days, each day of the period in exactly one part per outlet. */
class OutletPassTest {

    @Test
    void aYearOfThreeOutletsOnTwoThreadsIsFourRunsOfDaysPerOutletCoveringTheYearOnce() {
        var year = new ReportPeriod(LocalDate.of(2024, 1, 3), LocalDate.of(2025, 1, 2));

        var parts = OutletPass.parts(List.of(7L, 8L, 9L), year, 2);

        assertThat(parts).hasSize(12);
        for (long outlet : List.of(7L, 8L, 9L)) {
            var own = parts.stream().filter(p -> p.outletIds().equals(List.of(outlet))).toList();
            assertThat(own).hasSize(4);
            assertThat(own.getFirst().from()).isEqualTo(year.from());
            assertThat(own.getLast().to()).isEqualTo(year.to());
            for (int i = 1; i < own.size(); i++) {
                assertThat(own.get(i).from()).isEqualTo(own.get(i - 1).to().plusDays(1));
                assertThat(own.get(i).to()).isAfterOrEqualTo(own.get(i).from().plusDays(OutletPass.MIN_PART_DAYS - 1));
            }
        }
    }

    @Test
    void aMonthOrOneThreadIsOnePassOverAllTheOutlets() {
        var month = new ReportPeriod(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30));
        var year = new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        assertThat(OutletPass.parts(List.of(1L, 2L), month, 2))
                .containsExactly(new OutletPass.Part(List.of(1L), month.from(), month.to()), new OutletPass.Part(List.of(2L), month.from(), month.to()));
        assertThat(OutletPass.parts(List.of(1L, 2L), year, 1)).containsExactly(new OutletPass.Part(List.of(1L, 2L), year.from(), year.to()));
    }
}
