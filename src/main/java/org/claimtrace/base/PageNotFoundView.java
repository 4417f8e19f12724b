package org.claimtrace.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * An address that is no page of the app (a mistyped or outdated link): says so inside the usual layout, with a way
 * on, and answers 404. Only signed-in people get here; others are sent to the login first.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<com.vaadin.flow.router.NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.NotFoundException> parameter) {
        removeAll();
        add(new H2("Page not found"),
                new Paragraph("There is no page at /" + event.getLocation().getPath()
                        + ". The link may be mistyped, or the page may have moved."),
                new Anchor("", "Go to the start page"));
        return 404;
    }
}
