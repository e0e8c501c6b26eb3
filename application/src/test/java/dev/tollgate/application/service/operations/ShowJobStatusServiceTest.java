package dev.tollgate.application.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedAdmins;
import dev.tollgate.application.fakes.InMemoryJobRuns;
import dev.tollgate.application.port.in.ShowJobStatusUseCase;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShowJobStatusServiceTest {

    private static final TelegramUserId ADMIN = new TelegramUserId(1);
    private final InMemoryJobRuns runs = new InMemoryJobRuns();
    private final ShowJobStatusService service = new ShowJobStatusService(new FixedAdmins(ADMIN), runs);

    @Test
    void show_toAnAdminOrToMonitoring_listsEachJobsLastRun() {
        runs.record(new JobRuns.Run("reminders", "a", Instant.parse("2026-03-01T10:00:00Z"), Duration.ofMillis(40), Optional.empty()));

        for (ShowJobStatusUseCase.Command command : new ShowJobStatusUseCase.Command[] {
                ShowJobStatusUseCase.Command.forAdmin(ADMIN), ShowJobStatusUseCase.Command.forMonitoring()}) {
            assertThat(service.show(command)).isInstanceOfSatisfying(ShowJobStatusUseCase.Jobs.class, jobs ->
                    assertThat(jobs.jobs()).singleElement().satisfies(state -> {
                        assertThat(state.lastRun().job()).isEqualTo("reminders");
                        assertThat(state.lastRun().duration()).isEqualTo(Duration.ofMillis(40));
                    }));
        }
    }

    @Test
    void show_toAUserWhoIsNotAnAdmin_isRefused() {
        assertThat(service.show(ShowJobStatusUseCase.Command.forAdmin(new TelegramUserId(2))))
                .isEqualTo(new ShowJobStatusUseCase.Refused(ShowJobStatusUseCase.Reason.NOT_AN_ADMIN));
    }
}
