package org.claimtrace.attribution;

/**
 * The colours a type's highlight is drawn in, worked out from the one colour an admin picks so that every
 * choice stays readable in the light and the dark theme: the tinted background keeps the text at WCAG AA
 * (4.5:1) and the band under the text stands out from the page at 3:1 (WCAG 1.4.11). A pale colour gets a
 * darker band; a dark one a lighter band in dark mode.
 *
 * @param lightBackground behind the text on the light page
 * @param lightBand       the band under the text on the light page, also the legend swatch
 * @param darkBackground  behind the text on the dark page
 * @param darkBand        the band under the text on the dark page
 */
public record TagColours(String lightBackground, String lightBand, String darkBackground, String darkBand) {

    /** The page and its text as Lumo draws them (text colours over the page, conservatively). */
    static final int LIGHT_PAGE = 0xFFFFFF;
    static final int LIGHT_TEXT = 0x263445;
    static final int DARK_PAGE = 0x233348;
    static final int DARK_TEXT = 0xD5DCE8;
    static final double TEXT_CONTRAST = 4.5;
    static final double BAND_CONTRAST = 3.0;
    private static final double TINT = 0.45;
    private static final String FALLBACK = "#888888";

    public static TagColours of(String colour) {
        int c = Integer.parseInt(safe(colour).substring(1), 16);
        return new TagColours(hex(background(c, LIGHT_PAGE, LIGHT_TEXT)), hex(band(c, LIGHT_PAGE, 0x000000)),
                hex(background(c, DARK_PAGE, DARK_TEXT)), hex(band(c, DARK_PAGE, 0xFFFFFF)));
    }

    /** Only "#RRGGBB" is a colour; anything else is grey. */
    public static String safe(String colour) {
        return colour != null && colour.matches("#[0-9A-Fa-f]{6}") ? colour : FALLBACK;
    }

    /** {@code background-color} and first band as CSS values that follow the page's colour scheme. */
    public String background() {
        return "light-dark(" + lightBackground + "," + darkBackground + ")";
    }

    public String band() {
        return "light-dark(" + lightBand + "," + darkBand + ")";
    }

    /** The strongest tint of the colour on the page that keeps the text at 4.5:1. */
    private static int background(int colour, int page, int text) {
        for (double t = TINT; t > 0; t -= 0.02) {
            int mixed = mix(colour, page, t);
            if (contrast(text, mixed) >= TEXT_CONTRAST) {
                return mixed;
            }
        }
        return page;
    }

    /** The colour itself if it stands out from the page at 3:1, else moved towards {@code towards} until it does. */
    private static int band(int colour, int page, int towards) {
        for (double t = 0; t <= 1.0; t += 0.02) {
            int moved = mix(towards, colour, t);
            if (contrast(moved, page) >= BAND_CONTRAST) {
                return moved;
            }
        }
        return towards;
    }

    static int mix(int a, int b, double shareOfA) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * shareOfA + ((b >> 16) & 0xFF) * (1 - shareOfA));
        int g = (int) Math.round(((a >> 8) & 0xFF) * shareOfA + ((b >> 8) & 0xFF) * (1 - shareOfA));
        int bl = (int) Math.round((a & 0xFF) * shareOfA + (b & 0xFF) * (1 - shareOfA));
        return (r << 16) | (g << 8) | bl;
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static int parse(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static String hex(int rgb) {
        return String.format("#%06X", rgb);
    }
}
