package dev.tollgate.bootstrap.operations;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.application.port.in.ImportClientsUseCase;
import dev.tollgate.application.port.in.ImportClientsUseCase.Imported;
import dev.tollgate.application.port.in.ImportClientsUseCase.Line;
import dev.tollgate.application.port.in.ImportClientsUseCase.Outcome;
import dev.tollgate.application.port.in.ListUnclaimedUseCase;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.UnclaimedSubscriptions.Unclaimed;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The operator's {@code import-clients --server ID [--dry-run] [--as TELEGRAM_ID]} and
 * {@code list-unclaimed [--as TELEGRAM_ID]}: the object graph is built as for {@code run}, but only storage and
 * panels are started (no bot, no jobs, no HTTP), the use case runs as the given owner (default: the first of
 * {@code bot.adminIds}), and a table is printed. Exit status 0 done, 1 refused or failed, 64 wrong usage.
 */
public final class ImportCommands {

    public static final String HELP = """
              import-clients --server ID [--dry-run] [--as TELEGRAM_ID]
                               adopt the clients of a 3x-UI or S-UI server the shop does not hold yet (credential,
                               expiry, quota and traffic kept); matched users get the subscription, the others a
                               one-time claim code (/claim CODE in the bot); prints a table; --dry-run changes nothing
              list-unclaimed [--as TELEGRAM_ID]
                               print the imported subscriptions nobody has claimed yet, with their codes
            """;

    private static final int OK = 0;
    private static final int FAILED = 1;
    private static final int USAGE = 64;
    private static final int PAGE = 200;

    private final List<Module> modules;
    private final Set<Long> owners;
    private final PrintStream out;

    public ImportCommands(List<Module> modules, Set<Long> owners, PrintStream out) {
        this.modules = modules;
        this.owners = owners;
        this.out = out;
    }

    public int execute(String... args) {
        String command = args[0];
        String server = null;
        boolean dryRun = false;
        Long actor = owners.stream().findFirst().orElse(null);
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> dryRun = true;
                case "--server", "--as" -> {
                    if (i + 1 >= args.length) {
                        return usage(args[i] + " needs a value");
                    }
                    if (args[i].equals("--server")) {
                        server = args[++i];
                    } else {
                        try {
                            actor = Long.parseLong(args[++i]);
                        } catch (NumberFormatException e) {
                            return usage("--as needs a Telegram user id: " + args[i]);
                        }
                    }
                }
                default -> {
                    return usage("unknown option: " + args[i]);
                }
            }
        }
        if (command.equals("import-clients") && server == null) {
            return usage("import-clients needs --server ID");
        }
        if (actor == null || actor <= 0) {
            return usage(command + " runs as an owner: set TOLLGATE_BOT_ADMIN_IDS or pass --as TELEGRAM_ID");
        }
        TelegramUserId as = new TelegramUserId(actor);
        String serverId = server;
        boolean dry = dryRun;
        return withCore(injector -> command.equals("import-clients")
                ? importClients(injector.getInstance(ImportClientsUseCase.class), as, new ServerId(serverId), dry)
                : listUnclaimed(injector.getInstance(ListUnclaimedUseCase.class), as));
    }

    int importClients(ImportClientsUseCase useCase, TelegramUserId actor, ServerId server, boolean dryRun) {
        ImportClientsUseCase.Result result = useCase.importClients(new ImportClientsUseCase.Command(actor, server, dryRun));
        if (result instanceof ImportClientsUseCase.Refused refused) {
            out.println("import-clients " + server.value() + " refused: " + refused.reason() + " (" + refused.detail() + ")");
            return FAILED;
        }
        Imported imported = (Imported) result;
        out.println("import-clients " + server.value() + (dryRun ? " (dry run: nothing is changed)" : ""));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"EMAIL", "MATCH", "USER", "OUTCOME", "CLAIM CODE", "DETAIL"});
        for (Line line : imported.lines()) {
            rows.add(new String[] {line.email(), line.match().name(), line.user().map(TelegramUserId::toString).orElse("-"),
                    line.outcome().name() + (line.marked() ? " (marked)" : ""), line.claimCode().orElse("-"),
                    line.detail()});
        }
        table(rows);
        out.println(dryRun
                ? imported.count(Outcome.WOULD_ADOPT) + " would be adopted, " + imported.count(Outcome.WOULD_STORE_UNCLAIMED)
                        + " would get a claim code, " + imported.count(Outcome.SKIPPED) + " skipped; "
                        + imported.alreadyTheShops() + " are the shop's already"
                : imported.count(Outcome.ADOPTED) + " adopted, " + imported.count(Outcome.UNCLAIMED)
                        + " got a claim code, " + imported.count(Outcome.SKIPPED) + " skipped, "
                        + imported.count(Outcome.FAILED) + " failed (run again to retry); " + imported.alreadyTheShops()
                        + " were the shop's already");
        return imported.count(Outcome.FAILED) > 0 ? FAILED : OK;
    }

    int listUnclaimed(ListUnclaimedUseCase useCase, TelegramUserId actor) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SERVER", "EMAIL", "CLAIM CODE", "EXPIRES", "QUOTA BYTES", "IMPORTED"});
        int offset = 0;
        int total;
        do {
            ListUnclaimedUseCase.Result result = useCase.list(new ListUnclaimedUseCase.Query(actor, offset, PAGE));
            if (!(result instanceof ListUnclaimedUseCase.Page page)) {
                out.println("list-unclaimed refused: user " + actor + " is not an admin");
                return FAILED;
            }
            for (Unclaimed u : page.items()) {
                rows.add(new String[] {u.server().value(), u.email(), u.code(),
                        u.expiresAt() == null ? (u.delayedStart() == null ? "never" : "first use + " + u.delayedStart().toDays() + " d")
                                : u.expiresAt().toString(), Long.toString(u.quota().bytes()), u.importedAt().toString()});
            }
            total = page.total();
            offset += page.items().size();
            if (page.items().isEmpty()) {
                break;
            }
        } while (offset < total);
        table(rows);
        out.println(total + " unclaimed");
        return OK;
    }

    private void table(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private int withCore(Function<Injector, Integer> work) {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, modules);
        List<LifecycleService> services = new ArrayList<>(
                injector.getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { })));
        services.sort(Comparator.comparingInt(LifecycleService::phase));
        Deque<LifecycleService> started = new ArrayDeque<>();
        try {
            for (LifecycleService service : services) {
                if (service.phase() < LifecycleService.PHASE_JOBS) {
                    service.start();
                    started.push(service);
                }
            }
            return work.apply(injector);
        } finally {
            while (!started.isEmpty()) {
                started.pop().stop();
            }
        }
    }

    private int usage(String problem) {
        out.println(problem);
        out.print(HELP);
        return USAGE;
    }
}
