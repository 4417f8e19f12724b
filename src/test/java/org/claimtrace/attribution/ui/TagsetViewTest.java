package org.claimtrace.attribution.ui;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.KaribuTest;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.AttributionType;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagsetViewTest extends KaribuTest {

    @Autowired
    TagsetService tagset;

    @SuppressWarnings("unchecked")
    private static List<AttributionTag> rows() {
        Grid<AttributionTag> grid = _get(Grid.class, spec -> spec.withId("tagset"));
        var rows = new ArrayList<AttributionTag>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    private List<AttributionTag> stored() {
        var result = new AtomicReference<List<AttributionTag>>();
        SystemTask.run(() -> result.set(tagset.list()));
        return result.get();
    }

    @Test
    void theDefaultTagsetOfTheDomainIsSeededInOrderWithStableCodes() {
        login("admin", Role.Names.ADMIN);
        UI.getCurrent().navigate("tagset");
        assertThat(rows()).extracting(AttributionTag::getCode)
                .startsWith(Arrays.stream(AttributionType.values()).map(Enum::name).toArray(String[]::new));
        assertThat(rows().getFirst().getColour()).isEqualTo(AttributionType.NAMED_PERSON.defaultColour());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminRenamesATypeButCannotChangeItsCodeOrTakeAReservedKey() {
        login("admin", Role.Names.ADMIN);
        UI.getCurrent().navigate("tagset");
        int row = rows().stream().map(AttributionTag::getCode).toList().indexOf("DOCUMENT");
        _clickItem(_get(Grid.class, spec -> spec.withId("tagset")), row);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code")).isReadOnly()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Key")), "n");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("is a reader shortcut"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Key")), "4");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Colour")), "red");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Colour")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Colour")), "#3366AA");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Document or record");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(stored()).filteredOn(t -> t.getCode().equals("DOCUMENT")).singleElement().satisfies(t -> {
            assertThat(t.getName()).isEqualTo("Document or record");
            assertThat(t.getColour()).isEqualTo("#3366AA");
        });
    }

    @Test
    void anEditorCannotChangeTheTagset() {
        login("ed", Role.Names.EDITOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("tagset")).isInstanceOf(MockAccessDeniedException.class);
        var doc = new AtomicReference<AttributionTag>();
        SystemTask.run(() -> doc.set(tagset.find("DOCUMENT").orElseThrow()));
        assertThatThrownBy(() -> tagset.save(doc.get())).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
