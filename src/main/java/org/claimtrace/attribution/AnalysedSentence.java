package org.claimtrace.attribution;

import java.util.List;

/**
 * A sentence with absolute offsets and its tokens. {@code line} is the kind of text line it sits on, which
 * decides whether an unattributed sentence there can be a claim (body text) or is page furniture.
 */
record AnalysedSentence(int start, int end, List<Token> tokens, LineKind line) {

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }
}
