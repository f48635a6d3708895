package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class HtmlEscapingTest {

  @Test
  void escape_markupQuotesAndAmpersand_becomeEntities() {
    assertThat(Html.escape("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(Html.escape("a \"b\" 'c' & </svg>"))
        .isEqualTo("a &quot;b&quot; &#39;c&#39; &amp; &lt;/svg&gt;");
  }

  @Test
  void escape_controlCharactersAndLoneSurrogates_becomeReplacementCharacter() {
    assertThat(Html.escape("a\u0000b\u001bc\ud800d")).isEqualTo("a\ufffdb\ufffdc\ufffdd");
    assertThat(Html.escape("ok \uD83C\uDF31 tab\tline\n")).isEqualTo("ok \uD83C\uDF31 tab\tline\n");
  }

  @Test
  void toHtml_hostileReport_noDataStringAppearsRaw() {
    String html = ReportWriter.toHtml(HostileReports.report());
    for (String hostile : HostileReports.ALL) {
      assertThat(html).as("raw %s", hostile).doesNotContain(hostile);
    }
    assertThat(html).doesNotContainPattern("(?i)<script").doesNotContainPattern("(?i)<img")
        .doesNotContainPattern("(?i)<[a-z][^<>]*\\son[a-z]+\\s*=");
    assertThat(html).contains(Html.escape(HostileReports.SCRIPT))
        .contains(Html.escape(HostileReports.SVG_BREAK))
        .contains(Html.escape(HostileReports.AMP));
    assertThat(count(html, "<svg ")).isEqualTo(2);
    assertThat(count(html, "</svg>")).isEqualTo(2);
  }

  @Test
  void toHtml_anyReport_forbidsScriptsAndExternalResources() {
    String html = ReportWriter.toHtml(SyntheticReports.run(2));
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'")
        .doesNotContainPattern("(?i)\\s(src|href)=");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http:").doesNotContain("https:").doesNotContain("url(");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
