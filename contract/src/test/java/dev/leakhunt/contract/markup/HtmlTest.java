package dev.leakhunt.contract.markup;

import static org.assertj.core.api.Assertions.assertThat;

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
}
