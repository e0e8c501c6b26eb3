package dev.tollgate.adapters.telegram.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.routing.Inbound;
import org.junit.jupiter.api.Test;

/** Text formatted in the Telegram app arrives with entities and is read as the same Telegram HTML. */
class FormattedTextTest {

    private static Inbound.Text read(String text, String entities) {
        String json = "{\"update_id\":1,\"message\":{\"message_id\":5,\"date\":1,\"from\":{\"id\":42,\"is_bot\":false,"
                + "\"first_name\":\"Olga\"},\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":" + quote(text)
                + (entities == null ? "" : ",\"entities\":" + entities) + "}}";
        return (Inbound.Text) Updates.read(Updates.parse(json)).orElseThrow().inbound();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void formattedText_becomesNestedHtmlWithLinksAndEscapedCharacters() {
        // "🔥 Sale: 20% off <today> & more" with 🔥 taking two UTF-16 units, as Telegram counts offsets.
        String text = "🔥 Sale: 20% off <today> & more\nshop";
        Inbound.Text read = read(text, "[{\"type\":\"bold\",\"offset\":3,\"length\":13},"
                + "{\"type\":\"italic\",\"offset\":9,\"length\":7},"
                + "{\"type\":\"text_link\",\"offset\":32,\"length\":4,\"url\":\"https://t.me/shop?a=1&b=2\"},"
                + "{\"type\":\"mention\",\"offset\":0,\"length\":2}]");

        assertThat(read.text()).isEqualTo(text);
        assertThat(read.html()).isEqualTo("🔥 <b>Sale: <i>20% off</i></b> &lt;today&gt; &amp; more\n"
                + "<a href=\"https://t.me/shop?a=1&amp;b=2\">shop</a>");
    }

    @Test
    void plainText_orOnlyMentionsAndUrls_hasNoHtml() {
        assertThat(read("just text <b>", null).html()).isNull();
        assertThat(read("see https://t.me/x", "[{\"type\":\"url\",\"offset\":4,\"length\":14}]").html()).isNull();
        assertThat(read("x", "[{\"type\":\"bold\",\"offset\":0,\"length\":9}]").html()).isNull();
    }

    @Test
    void photoCaption_formattedInTheApp_isReadAsHtmlAndMalformedCaptionEntitiesAreDropped() {
        assertThat(photo("Sale & more", "[{\"type\":\"bold\",\"offset\":0,\"length\":4}]"))
                .isEqualTo(new Inbound.Photo("AgAC9", "AQAD9", "Sale & more", "<b>Sale</b> &amp; more"));
        assertThat(photo("Sale", null).captionHtml()).isNull();
        assertThat(photo("x", "[{\"type\":\"bold\",\"offset\":0,\"length\":9}]"))
                .isEqualTo(new Inbound.Photo("AgAC9", "AQAD9", "x", null));
    }

    private static Inbound.Photo photo(String caption, String entities) {
        String json = "{\"update_id\":2,\"message\":{\"message_id\":6,\"date\":1,\"from\":{\"id\":42,\"is_bot\":false,"
                + "\"first_name\":\"Olga\"},\"chat\":{\"id\":42,\"type\":\"private\"},\"photo\":[{\"file_id\":\"AgAC9\","
                + "\"file_unique_id\":\"AQAD9\",\"width\":90,\"height\":90,\"file_size\":10}],\"caption\":" + quote(caption)
                + (entities == null ? "" : ",\"caption_entities\":" + entities) + "}}";
        return (Inbound.Photo) Updates.read(Updates.parse(json)).orElseThrow().inbound();
    }
}
