package org.claimtrace.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Claimtrace")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var intro = new Div(new H1("Claimtrace"),
                new Paragraph("Highlight claims, tag how each is attributed, and trace them across outlets."));
        intro.addClassName("login-intro");
        add(intro, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var i18n = LoginI18n.createDefault();
        if (parameters.containsKey("throttled")) {
            // the same words whether or not the account exists
            var seconds = parameters.get("throttled").getFirst();
            i18n.getErrorMessage().setTitle("Too many failed log-ins");
            i18n.getErrorMessage().setMessage("Wait " + (seconds.matches("\\d{1,6}") ? waitWords(Long.parseLong(seconds)) : "a few minutes")
                    + ", then try again. Ask an administrator if you forgot your password.");
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey("throttled"));
    }

    private static String waitWords(long seconds) {
        return seconds < 90 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
