package org.claimtrace.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page every view lives in: title, icon, styles, light or dark as the reader's system says. */
// Server push: people in one review session, or one article, see each other's changes without reloading.
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/claimtrace.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Claimtrace");
        settings.addFavIcon("icon", "favicon.ico", "32x32");
    }
}
