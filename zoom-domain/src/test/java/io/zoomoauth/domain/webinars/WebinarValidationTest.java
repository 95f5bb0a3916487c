package io.zoomoauth.domain.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The item type of a listing is read straight from Zoom's JSON, so its own checks are the only ones. */
class WebinarValidationTest {

    @Test
    void anIdThatIsNotPositive_isRefusedNamingTheId() {
        assertThatThrownBy(() -> new Webinar(0, "Launch", Optional.empty(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id must be a positive number");
        assertThatThrownBy(() -> new Webinar(-1, "Launch", Optional.empty(), Map.of()))
                .hasMessage("id must be a positive number");
    }

    @Test
    void aMissingTopic_isRefusedNamingTheTopic() {
        assertThatThrownBy(() -> new Webinar(1, null, Optional.empty(), Map.of())).hasMessageContaining("topic");
    }

    @Test
    void noOtherFields_isAnEmptyMap_andOtherFieldsKeepZoomsOrderAndNulls_andCannotBeChangedAfterwards() {
        assertThat(new Webinar(1, "Launch", Optional.empty(), null).otherFields()).isEmpty();

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("uuid", "u-1");
        fields.put("agenda", null);
        fields.put("duration", 60);
        Webinar webinar = new Webinar(1L << 40, "Launch", Optional.of("2026-12-02T16:00:00Z"), fields);
        fields.put("later", true);

        assertThat(webinar.otherFields()).containsExactly(Map.entry("uuid", "u-1"), new AbstractMap.SimpleEntry<>("agenda", null),
                Map.entry("duration", 60));
        assertThatThrownBy(() -> webinar.otherFields().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theListingNamesZoomsKeyAndTheItemType() {
        assertThat(Webinar.LISTING.name()).isEqualTo("webinars");
        assertThat(Webinar.LISTING.itemType()).isEqualTo(Webinar.class);
    }
}
