package graphkit.devserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * graphkit's Neo4j dev server: embedded Neo4j Community with only the Bolt connector,
 * on 127.0.0.1, auth enabled.
 *
 * <p>Environment: NEO4J_HOME_DIR (data directory, required), NEO4J_BOLT_PORT (default 7687),
 * NEO4J_PASSWORD (password of the built-in user "neo4j", default "graphkit-dev-password"),
 * NEO4J_PAGECACHE_MB (default 128). The JVM heap is set by ctl.sh.
 */
public final class DevServer {
    static final String DEFAULT_PASSWORD = "graphkit-dev-password";

    private DevServer() {}

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        Path home = Path.of(env("NEO4J_HOME_DIR", "data")).toAbsolutePath();
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", DEFAULT_PASSWORD);
        long pageCache = Long.parseLong(env("NEO4J_PAGECACHE_MB", "128")) * 1024L * 1024L;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Tests try wrong passwords on purpose; a lock-out would fail the tests that follow.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // A dev box: keep disk use bounded and stay off the network.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024L * 1024L)
                // Bolt waits 5 s twice on shutdown by default; a dev server has no clients worth waiting for.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Frequent checkpoints keep recovery after a kill (the tests do that) short.
                .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofSeconds(30))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("graphkit-neo4j: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "graphkit-neo4j-shutdown"));

        setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        // ctl.sh waits for this exact prefix.
        System.out.printf("graphkit-neo4j: ready bolt://127.0.0.1:%d in %d ms%n", port, millis);
        System.out.flush();
        stopped.await();
    }

    /** Sets the built-in user's password on every start, so NEO4J_PASSWORD is always the one in force. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one already set; that is the state we want.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
