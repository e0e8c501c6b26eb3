package dev.tollgate.domain.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerRoomTest {

    private static ServerRoom room(String id, int max, boolean open, long live) {
        return new ServerRoom(new ServerId(id), max, open, live);
    }

    @Test
    void leastLoaded_picksTheServerWithTheFewestLiveSubscriptions() {
        assertThat(ServerRoom.leastLoaded(List.of(room("a", 0, true, 7), room("b", 0, true, 3), room("c", 0, true, 5))))
                .contains(new ServerId("b"));
    }

    @Test
    void leastLoaded_onATie_keepsTheConfigurationOrder() {
        assertThat(ServerRoom.leastLoaded(List.of(room("a", 0, true, 2), room("b", 0, true, 2)))).contains(new ServerId("a"));
    }

    @Test
    void leastLoaded_skipsFullAndClosedServers_evenWhenTheyAreEmptier() {
        assertThat(ServerRoom.leastLoaded(List.of(room("full", 3, true, 3), room("closed", 0, false, 0),
                room("busy", 100, true, 40)))).contains(new ServerId("busy"));
    }

    @Test
    void leastLoaded_whenEveryServerIsFullOrClosed_isEmpty() {
        assertThat(ServerRoom.leastLoaded(List.of(room("full", 1, true, 1), room("closed", 0, false, 0)))).isEmpty();
        assertThat(ServerRoom.leastLoaded(List.of())).isEmpty();
    }

    @Test
    void hasRoom_unlimitedOpenServer_alwaysHasRoom_andALimitIsAHardCap() {
        assertThat(room("u", 0, true, 1_000_000).hasRoom()).isTrue();
        assertThat(room("l", 10, true, 9).hasRoom()).isTrue();
        assertThat(room("l", 10, true, 10).hasRoom()).isFalse();
        assertThat(room("l", 10, true, 11).hasRoom()).isFalse();
    }

    @Test
    void newRoom_withANegativeCapacity_isRefused() {
        assertThatThrownBy(() -> room("x", -1, true, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
