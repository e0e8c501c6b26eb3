package dev.tollgate.bootstrap;

/**
 * The one jar's entry point: {@code java -jar tollgate.jar [run|check-config|migrate|backup FILE|restore FILE|--help]}.
 * {@code run} (the default) starts Tollgate and stops it on SIGTERM or Ctrl-C; see {@link CommandLine}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = new CommandLine(System.getenv(), Console.standardOutput()).execute(args);
        if (status != CommandLine.RUNNING) {
            System.exit(status);
        }
    }
}
