package org.claimtrace.attribution;

/** One token with absolute offsets into the article text and its Universal Dependencies POS tag. */
record Token(int start, int end, String text, String tag) {

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean isProperNoun() {
        return tag.equals("PROPN");
    }

    boolean isNounLike() {
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM");
    }

    boolean isVerb() {
        return tag.equals("VERB") || tag.equals("AUX");
    }

    boolean isPunctuation() {
        return tag.equals("PUNCT");
    }
}
