package org.claimtrace.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The frame around every view: side navigation listing only the areas the user may open (areas not
 * built yet are absent), the current view's title, who is logged in, and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access, List<NavigationEntry> entries) {
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        var keys = new KeyboardHelp.Key(() -> getContent() instanceof KeyboardShortcuts view ? view.keyboardShortcuts() : List.of());
        addToNavbar(new DrawerToggle(), viewTitle, userBox(authentication), keys);
        var brand = new Span("Claimtrace");
        brand.addClassName("brand");
        addToDrawer(brand, new Scroller(navigation(access, entries)));
    }

    private static SideNav navigation(AccessAnnotationChecker access, List<NavigationEntry> entries) {
        var nav = new SideNav();
        entries.stream()
                .sorted((a, b) -> Integer.compare(a.order(), b.order()))
                .filter(entry -> access.hasAccess(entry.view()))
                .forEach(entry -> nav.addItem(new SideNavItem(entry.label(), entry.view(), entry.icon().create())));
        return nav;
    }

    private static Component userBox(AuthenticationContext authentication) {
        var box = new HorizontalLayout();
        box.addClassName("user-box");
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        authentication.getPrincipalName().ifPresent(name -> {
            var user = new Span(VaadinIcon.USER.create(), new Span(name));
            user.addClassName("user-name");
            var logout = new Button("Log out", e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(user, logout);
        });
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        var title = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
        viewTitle.setText(title == null ? "" : title.value().replace(" · Claimtrace", ""));
    }
}
