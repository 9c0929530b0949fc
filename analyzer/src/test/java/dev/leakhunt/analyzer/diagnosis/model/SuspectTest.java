package dev.leakhunt.analyzer.diagnosis.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SuspectTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void frameRoleIsWrittenBesideTheFrameAndReadBack() throws Exception {
    Suspect started =
        Suspect.builder(1, SuspectKind.THREAD_GROUP, "poller-#", "threads.live")
            .growth(15.0, "threads")
            .evidence("7 of them started at Poller.start:31")
            .applicationFrame(FrameRole.STARTS, "Poller.start:31")
            .build();

    String json = mapper.writeValueAsString(started);

    assertThat(json)
        .contains("\"applicationFrame\":\"Poller.start:31\",\"applicationFrameRole\":\"STARTS\"");
    assertThat(mapper.readValue(json, Suspect.class)).isEqualTo(started);
  }

  @Test
  void withoutAFrameTheRoleIsUnknown() {
    Suspect loader =
        Suspect.builder(1, SuspectKind.CLASS_LOADER, "acme.PluginLoader", "metaspace.used")
            .applicationFrame(FrameRole.ALLOCATES, null)
            .build();

    assertThat(loader.applicationFrame()).isNull();
    assertThat(loader.applicationFrameRole()).isNull();
    assertThat(loader.stack()).isEmpty();
  }

  @Test
  void suspectsOfAVerdictWrittenBeforeTheRoleGetItFromTheirKindAndEvidence() throws Exception {
    String started =
        "{\"rank\":1,\"kind\":\"THREAD_GROUP\",\"name\":\"poller-#\",\"evidence\":\"7 of them"
            + " started at Poller.start:31, e.g. poller-1 is WAITING in Poller.run:40\","
            + "\"applicationFrame\":\"Poller.start:31\",\"stack\":[]}";
    String stuck = started.replace("started at Poller.start:31", "grew");
    String opened =
        "{\"rank\":1,\"kind\":\"DESCRIPTOR\",\"name\":\"/tmp/*\","
            + "\"applicationFrame\":\"Files.open:9\",\"stack\":[]}";

    assertThat(mapper.readValue(started, Suspect.class).applicationFrameRole())
        .isEqualTo(FrameRole.STARTS);
    assertThat(mapper.readValue(stuck, Suspect.class).applicationFrameRole())
        .isEqualTo(FrameRole.WAITS);
    assertThat(mapper.readValue(opened, Suspect.class).applicationFrameRole())
        .isEqualTo(FrameRole.OPENS);
  }
}
