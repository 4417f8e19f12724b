package org.claimtrace.report;

import org.claimtrace.report.RelayGraph.Carriage;
import org.claimtrace.report.RelayGraph.Relay;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelayGraphTest {

    private static Carriage own(long id, String outlet) {
        return new Carriage(id, outlet, new Relay.Own());
    }

    private static Carriage via(long id, String outlet, String relayedVia) {
        return new Carriage(id, outlet, new Relay.Named(RelayGraph.hops(relayedVia), "according to"));
    }

    private static Carriage reportedly(long id, String outlet) {
        return new Carriage(id, outlet, new Relay.Unnamed("reportedly"));
    }

    @Test
    void aReportedlyWithoutAnOutletRelaysTheFirstAppearance() {
        var graph = RelayGraph.of(List.of(own(1, "The New York Times"), reportedly(2, "GZERO Media")), "The New York Times");

        assertThat(graph.originCount()).isEqualTo(1);
        assertThat(graph.origins()).containsExactly("The New York Times");
        assertThat(graph.traces().get(2L).chain()).containsExactly("GZERO Media", "The New York Times");
        assertThat(graph.edges()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo("GZERO Media");
            assertThat(e.to()).isEqualTo("The New York Times");
            assertThat(e.how()).contains("reportedly");
        });
    }

    @Test
    void aClaimCarriedOnlyReportedlyHasOneUnnamedOrigin() {
        var graph = RelayGraph.of(List.of(reportedly(1, "Daily One"), reportedly(2, "Daily Two"), reportedly(3, "Daily Three")),
                "Daily One");

        assertThat(graph.originCount()).isEqualTo(1);
        assertThat(graph.origins().getFirst()).startsWith("Unnamed source of Daily One");
        assertThat(graph.traces().get(3L).chain()).containsExactly("Daily Three", "Daily One", "Unnamed source of Daily One (\u201creportedly\u201d)");
    }

    @Test
    void viaTheWireCollapsesOntoTheWireByItsInitials() {
        var graph = RelayGraph.of(List.of(own(1, "The Associated Press"), via(2, "Daily Post", "via AP"), via(3, "Evening Star", "AP")), null);

        assertThat(graph.origins()).containsExactly("The Associated Press");
        assertThat(graph.nodes()).hasSize(3);
    }

    @Test
    void aWireNotInTheCorpusIsAnOriginOfItsOwn() {
        var graph = RelayGraph.of(List.of(via(1, "Daily Post", "via AP"), via(2, "Evening Star", "AP"), own(3, "Morning Herald")), null);

        assertThat(graph.origins()).containsExactlyInAnyOrder("AP", "Morning Herald");
        assertThat(graph.nodes()).filteredOn(n -> n.kind() == RelayGraph.NodeKind.CITED).extracting(RelayGraph.Node::name).containsExactly("AP");
    }

    @Test
    void aChainIsFollowedToItsLastOutlet() {
        assertThat(RelayGraph.hops("Reuters, citing KCNA")).containsExactly("Reuters", "KCNA");
        assertThat(RelayGraph.hops("via AP")).containsExactly("AP");
        assertThat(RelayGraph.hops("Yonhap citing KCNA")).containsExactly("Yonhap", "KCNA");

        var graph = RelayGraph.of(List.of(via(1, "Daily Post", "Reuters, citing KCNA")), null);

        assertThat(graph.origins()).containsExactly("KCNA");
        assertThat(graph.traces().get(1L).chain()).containsExactly("Daily Post", "Reuters", "KCNA");
    }

    @Test
    void aSyndicatedCopyCountsAsItsOriginal() {
        var graph = RelayGraph.of(List.of(own(1, "Wire Service"), new Carriage(2, "Town Paper", new Relay.Copy("Wire Service"))), "Wire Service");

        assertThat(graph.originCount()).isEqualTo(1);
        assertThat(graph.edges()).singleElement().extracting(RelayGraph.Edge::kind).isEqualTo(RelayGraph.EdgeKind.COPIES);
    }

    @Test
    void threeOutletsCitingEachOtherAreALoopWithNoOrigin() {
        var graph = RelayGraph.of(List.of(via(1, "Alpha Daily", "Beta Times"), via(2, "Beta Times", "Gamma Post"),
                via(3, "Gamma Post", "Alpha Daily")), "Alpha Daily");

        assertThat(graph.originCount()).isZero();
        assertThat(graph.traces().values()).allMatch(RelayGraph.Trace::circular);
        assertThat(graph.loop()).containsExactly("Alpha Daily", "Beta Times", "Gamma Post", "Alpha Daily");
    }

    @Test
    void aLoopFedByAnOutsideOriginIsNotCircular() {
        var graph = RelayGraph.of(List.of(via(1, "Alpha Daily", "Beta Times"), via(2, "Beta Times", "Alpha Daily"),
                via(3, "Beta Times", "Ministry Gazette")), null);

        assertThat(graph.origins()).containsExactly("Ministry Gazette");
        assertThat(graph.traces().values()).noneMatch(RelayGraph.Trace::circular);
    }

    @Test
    void independentOutletsAreEachAnOrigin() {
        var graph = RelayGraph.of(List.of(own(1, "Alpha Daily"), own(2, "Beta Times"), reportedly(3, "Gamma Post")), "Alpha Daily");

        assertThat(graph.origins()).containsExactly("Alpha Daily", "Beta Times");
    }
}
