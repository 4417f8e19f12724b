package org.claimtrace.reader.ui;

import com.vaadin.flow.component.details.Details;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.history.HistoryService;
import org.claimtrace.history.ui.HistoryList;

/** The side panel's history of the open annotation: who changed what and when, before → after. Closed by default. */
class AnnotationHistory extends Details {

    private final HistoryService history;
    private final HistoryList list = new HistoryList();
    private Long annotationId;

    AnnotationHistory(HistoryService history) {
        super("History");
        this.history = history;
        setId("annotation-history");
        add(list);
        setVisible(false);
        addOpenedChangeListener(e -> load());
    }

    void show(ClaimAnnotation annotation) {
        annotationId = annotation == null ? null : annotation.getId();
        setVisible(annotationId != null);
        load();
    }

    private void load() {
        if (annotationId != null && isOpened()) {
            list.show(history.of(ClaimAnnotation.class, annotationId));
        }
    }
}
