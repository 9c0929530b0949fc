package dev.leakhunt.contract.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void everyCharacterThatEndsTextOrAnAttributeIsEscaped() {
    assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
  }

  @Test
  void plainTextAndNullStayReadable() {
    assertThat(Html.escape("heap.live grows 12 MiB/h")).isEqualTo("heap.live grows 12 MiB/h");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void escapingTwiceEscapesTheAmpersandsOfTheFirstPass() {
    assertThat(Html.escape(Html.escape("<"))).isEqualTo("&amp;lt;");
  }

  @Test
  void everyPageStartsWithTheSameHeadItsTitleEscapedAndNoInlineStyleOrScript() {
    String head = Html.pageStart("FAIL - shop <1.4> & 'canary'", "report.css");

    assertThat(head)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("<title>FAIL - shop &lt;1.4&gt; &amp; &#39;canary&#39;</title>")
        .contains("<link rel=\"stylesheet\" href=\"report.css\">")
        .endsWith("</head>\n<body>\n")
        .doesNotContain("<style", "<script", "style=");
  }

  @Test
  void aTemplateIsFilledInOnePassSoNoValueIsReadAsAPlaceholder() {
    String page =
        Html.fill(
            "<h1>{{outcome}}</h1><p>{{connection}}</p><div>{{charts}}</div>",
            Map.of("outcome", "FAIL", "connection", "{{charts}} $1 \\", "charts", "<svg/>"));

    assertThat(page).isEqualTo("<h1>FAIL</h1><p>{{charts}} $1 \\</p><div><svg/></div>");
  }

  @Test
  void aPlaceholderWithoutAValueIsAnError() {
    assertThatThrownBy(() -> Html.fill("<p>{{reason}}</p>", Map.of("outcome", "PASS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no value for {{reason}}");
  }
}
