package org.claimtrace.reader.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The article text as the browser shows it (see frontend/claim-text.ts). The server sends markup that
 * {@link org.claimtrace.reader.ArticleMarkup} escaped; the browser reports selections as offsets, which the
 * owner re-checks against its own text.
 */
@Tag("claim-text")
@JsModule("./claim-text.ts")
class ClaimTextView extends Component {

    interface Listener {
        void selected(int start, int end, String text);

        void newClaim();

        void clicked(String ids);

        void shortcut(String key, int caret);
    }

    private final Listener listener;
    private String markup = "";

    ClaimTextView(Listener listener) {
        this.listener = listener;
        setId("article-text");
        addClassName("article-text");
    }

    void setMarkup(String html) {
        if (!html.equals(markup)) {
            markup = html;
            getElement().setProperty("innerHTML", html);
        }
    }

    /** The markup as sent, for tests that read what the user sees. */
    String markup() {
        return markup;
    }

    void select(int start, int end) {
        getElement().callJsFunction("select", start, end);
    }

    /**
     * Moves the browser's selection from [fromStart, fromEnd) to [start, end) (the server snapped it to whole
     * words), unless the editor has changed it meanwhile: a late answer must never undo a newer selection.
     */
    void snap(int fromStart, int fromEnd, int start, int end) {
        getElement().callJsFunction("snap", fromStart, fromEnd, start, end);
    }

    void showNewClaimAction() {
        getElement().callJsFunction("showAction");
    }

    void hideNewClaimAction() {
        getElement().callJsFunction("hideAction");
    }

    @ClientCallable
    void selected(int start, int end, String text) {
        listener.selected(start, end, text);
    }

    @ClientCallable
    void newClaim() {
        listener.newClaim();
    }

    @ClientCallable
    void clicked(String ids) {
        listener.clicked(ids);
    }

    @ClientCallable
    void shortcut(String key, int caret) {
        listener.shortcut(key, caret);
    }
}
