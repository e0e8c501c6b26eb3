package dev.tollgate.application.service.operations;

import dev.tollgate.application.port.in.ShowJobStatusUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.application.service.common.AdminGuard;

/** Reads the jobs' recorded runs; a bot user must be an admin, monitoring needs no user. */
public final class ShowJobStatusService implements ShowJobStatusUseCase {

    private final AdminDirectory admins;
    private final JobRuns runs;

    public ShowJobStatusService(AdminDirectory admins, JobRuns runs) {
        this.admins = admins;
        this.runs = runs;
    }

    @Override
    public Result show(Command command) {
        if (command.admin().isPresent() && !AdminGuard.allows(admins, command.admin().get(), "read the job status")) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        return new Jobs(runs.all());
    }
}
