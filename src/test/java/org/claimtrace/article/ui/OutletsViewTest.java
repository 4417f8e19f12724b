package org.claimtrace.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.KaribuTest;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletKind;
import org.claimtrace.security.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class OutletsViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static List<Outlet> rows() {
        Grid<Outlet> grid = _get(Grid.class, spec -> spec.withId("outlets"));
        var rows = new ArrayList<Outlet>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    @Test
    void theSeedOutletsAreListedWithKindAndCountry() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate(OutletsView.class);
        assertThat(rows()).filteredOn(o -> o.getName().equals("The New York Times")).singleElement()
                .satisfies(o -> {
                    assertThat(o.getKind()).isEqualTo(OutletKind.NEWSPAPER);
                    assertThat(o.getCountry()).isEqualTo("United States");
                });
        assertThat(rows()).extracting(Outlet::getName).contains("GZERO Media");
        _assertNone(Button.class, spec -> spec.withText("Add outlet"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorAddsAnOutletAndABadHomepageIsRefused() {
        login("ed", Role.Names.EDITOR);
        UI.getCurrent().navigate(OutletsView.class);
        _click(_get(Button.class, spec -> spec.withText("Add outlet")));
        var name = "Korean Central News Agency " + UUID.randomUUID();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(Select.class, spec -> spec.withLabel("Kind")), OutletKind.STATE_MEDIA);
        var homepage = _get(TextField.class, spec -> spec.withLabel("Homepage"));
        _setValue(homepage, "kcna.kp");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(homepage.isInvalid()).isTrue();
        assertThat(rows()).extracting(Outlet::getName).doesNotContain(name);
        _setValue(homepage, "http://kcna.kp");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(rows()).filteredOn(o -> o.getName().equals(name)).singleElement()
                .extracting(Outlet::getKind).isEqualTo(OutletKind.STATE_MEDIA);
    }
}
