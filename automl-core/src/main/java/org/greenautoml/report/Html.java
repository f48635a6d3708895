package org.greenautoml.report;

/**
 * Escaping for text from the data (family names, configuration keys and values, dataset names,
 * labels) placed in HTML text, double- or single-quoted HTML attributes, and inline SVG text and
 * attributes. One function serves all those contexts: it escapes {@code & < > " '}, which covers
 * the HTML5 and XML rules for text and quoted attribute values (OWASP XSS prevention, rules 1 and
 * 2). Control characters other than tab and line breaks, and lone surrogates, become U+FFFD so the
 * page stays well-formed. Never use it for URLs, CSS or script contexts (the page has none).
 */
final class Html {

  private Html() {}

  /** A source's year, or "year not stated" for 0 (the cloud-region table states none). */
  static String year(int year) {
    return year == 0 ? "year not stated" : Integer.toString(year);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n' -> out.append(c);
        case '\r' -> out.append('\n');
        default -> i = appendOther(text, i, out);
      }
    }
    return out.toString();
  }

  private static int appendOther(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      out.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff;
    out.append(control || Character.isSurrogate(c) ? '\ufffd' : c);
    return i;
  }
}
