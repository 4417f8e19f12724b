package org.claimtrace.exchange;

/** The files an export can produce, with the names and media types they are served under. */
public enum ExportFile {
    ANNOTATIONS_CSV("annotations.csv", "text/csv;charset=UTF-8"),
    CLAIMS_CSV("claims.csv", "text/csv;charset=UTF-8"),
    ANNOTATIONS_JSONLD("annotations.jsonld", "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\""),
    CLAIMREVIEW_JSONLD("claimreview.jsonld", "application/ld+json");

    private final String fileName;
    private final String mediaType;

    ExportFile(String fileName, String mediaType) {
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String fileName() { return fileName; }

    public String mediaType() { return mediaType; }

    public boolean ofClaims() {
        return this == CLAIMS_CSV || this == CLAIMREVIEW_JSONLD;
    }

    public static java.util.Optional<ExportFile> byFileName(String name) {
        return java.util.Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
    }
}
