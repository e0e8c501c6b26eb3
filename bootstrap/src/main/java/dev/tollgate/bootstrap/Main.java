package dev.tollgate.bootstrap;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Tollgate with the configuration from tollgate.yml and TOLLGATE_* variables; stops on SIGTERM or Ctrl-C. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Settings settings;
        try {
            settings = new ConfigLoader().load(System.getenv());
        } catch (ConfigurationException e) {
            LOG.error("{}", e.getMessage());
            System.exit(2);
            return;
        }
        Application application;
        try {
            application = Application.start(settings, Clock.systemUTC());
        } catch (RuntimeException e) {
            // One clear line and a non-zero status, so a supervisor sees the failure instead of a live process doing nothing.
            LOG.error("Tollgate could not start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping Tollgate");
            application.close();
            stopped.countDown();
        }, "tollgate-shutdown"));
        stopped.await();
    }
}
