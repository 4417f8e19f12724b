package org.claimtrace;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Browserless UI tests: a real Spring context and Vaadin UI in memory, driven as a user would.
 * Starts anonymous; {@link #login} makes the test act as a user with the given roles.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static final Routes routes = discoverRoutes();

    /** Karibu's own discovery sees public views only; ours are package-private, as views should be. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var routes = new Routes().autoDiscoverViews("org.claimtrace");
        try (var scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.claimtrace").scan()) {
            for (var view : scan.getClassesWithAnnotation(Route.class).loadClasses()) {
                routes.getRoutes().add((Class<? extends Component>) view);
            }
        }
        return routes;
    }

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    protected void login(String user, String... roles) {
        var authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> List.of(roles).contains(role));
    }

    /** The text of every open notification, as the user reads it. */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(KaribuTest::textOf).toList();
    }

    protected static String textOf(Notification notification) {
        var own = notification.getElement().getProperty("text", "");
        var children = notification.getChildren().flatMap(KaribuTest::descendants)
                .map(c -> c.getElement().getText()).filter(t -> !t.isBlank()).collect(Collectors.joining(" "));
        return (own + " " + children).strip();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(KaribuTest::descendants));
    }

    protected static Class<? extends Component> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass()
                .asSubclass(Component.class);
    }
}
