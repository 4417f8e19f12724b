package org.claimtrace.security;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.claimtrace.KaribuTest;
import org.claimtrace.security.ui.LoginView;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessKaribuTest extends KaribuTest {

    @Test
    void anAnonymousUserSeesOnlyTheLoginView() {
        for (var path : new String[]{"", "articles", "articles/1", "import", "outlets", "annotations", "help"}) {
            UI.getCurrent().navigate(path);
            assertThat(currentView()).as(path).isEqualTo(LoginView.class);
            _assertOne(LoginForm.class);
        }
    }

    @Test
    void aViewerCannotOpenImportAndIsNotOfferedIt() {
        login("vera", Role.Names.VIEWER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("import")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("import-annotations")).isInstanceOf(MockAccessDeniedException.class);
        UI.getCurrent().navigate("articles");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Articles", "Annotations", "Claims", "Reports", "Review", "Outlets", "Export", "Help", "My account");
    }

    @Test
    void anEditorIsOfferedImport() {
        login("ed", Role.Names.EDITOR);
        UI.getCurrent().navigate("articles");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("Articles", "Annotations", "Claims", "Triage", "Reports", "Review", "Import article", "Outlets", "Export", "Import annotations", "Help", "My account");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Users");
        UI.getCurrent().navigate("import");
        assertThat(currentView().getSimpleName()).isEqualTo("ImportView");
        _assertNone(LoginForm.class);
    }
}
