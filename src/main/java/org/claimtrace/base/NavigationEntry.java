package org.claimtrace.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One item of the side navigation. Each feature contributes its own as a bean, so the layout does not
 * need to know the features and a feature not built yet simply has none.
 */
public record NavigationEntry(String label, Class<? extends Component> view, VaadinIcon icon, int order) {
}
