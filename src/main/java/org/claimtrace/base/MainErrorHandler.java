package org.claimtrace.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Logs every unexpected error and tells the user in words, never with a stack trace. */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static String messageFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ObjectOptimisticLockingFailureException) {
                return "Someone else changed this item while you were editing it. Reload to see their version; "
                        + "your change was not saved.";
            }
            if (t instanceof AccessDeniedException) {
                return "Your role does not allow this action.";
            }
        }
        return "Something went wrong and nothing was changed. The error has been logged.";
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            log.error("Unhandled error in the UI", event.getThrowable());
            if (UI.getCurrent() != null) {
                UI.getCurrent().access(() -> Notifications.error(messageFor(event.getThrowable())));
            }
        }
    }
}
