package dev.talkgraph.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import inet.ipaddr.IPAddressString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.bolt.BoltServer;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * The local Neo4j Community DBMS that talkgraph starts: Bolt over TCP on 127.0.0.1 only, no HTTP, no WebSocket,
 * authentication on with the password in the password file, LOAD CSV without file or network URLs.
 * Usage: Launcher --data-dir DIR --logs-dir DIR --password-file FILE [--port 7687] [--page-cache 256m] [--exit-with PID]
 * Prints "talkgraph-neo4j ready bolt://127.0.0.1:PORT" once the default database is available;
 * server.ts waits for that line (or for the process to die) in the log file.
 */
public final class Launcher {
    static final String READY = "talkgraph-neo4j ready ";
    static final String FAILED = "talkgraph-neo4j failed: ";

    public static void main(String[] args) {
        Map<String, String> options = parseOptions(args);
        Path dataDir = Path.of(require(options, "data-dir")).toAbsolutePath();
        Path logsDir = Path.of(require(options, "logs-dir")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "7687"));
        long pageCache = ByteUnit.parse(options.getOrDefault("page-cache", "256m"));
        Path passwordFile = Path.of(require(options, "password-file")).toAbsolutePath();

        // Neo4j reports a taken port only after a long startup; checking first gives a clear, fast failure.
        if (!portIsFree(port)) {
            fail("port " + port + " on 127.0.0.1 is already in use by another program");
        }

        DatabaseManagementService dbms;
        LocalPassword password;
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logsDir);
            Files.createDirectories(importDir(dataDir));
            password = LocalPassword.read(passwordFile);
            password.writeInitialPassword(dataDir);
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(settings(dataDir, logsDir, port, pageCache))
                    .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                    .build();
        } catch (Exception e) {
            fail(rootMessage(e));
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("talkgraph-neo4j stopping");
            dbms.shutdown();
            System.out.println("talkgraph-neo4j stopped");
        }, "talkgraph-neo4j-shutdown"));

        if (options.containsKey("exit-with")) {
            // A throwaway server (tests) must not outlive the process that started it, even if that one is killed.
            long owner = Long.parseLong(options.get("exit-with"));
            ProcessHandle.of(owner).ifPresentOrElse(
                    handle -> handle.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
        }

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            fail("the default database did not become available within 2 minutes; see " + logsDir.resolve("debug.log"));
        }
        try {
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            password.apply(system);
            LocalPassword.removeInitialPassword(dataDir);
            WebSocketRefusal.install(system.getDependencyResolver().resolveDependency(BoltServer.class));
        } catch (Exception e) {
            fail(rootMessage(e));
        }
        System.out.println(READY + "bolt://127.0.0.1:" + port);
        System.out.flush();
        // The DBMS threads keep the JVM alive until SIGTERM runs the shutdown hook.
    }

    private static Map<org.neo4j.graphdb.config.Setting<?>, Object> settings(
            Path dataDir, Path logsDir, int port, long pageCache) {
        Map<org.neo4j.graphdb.config.Setting<?>, Object> settings = new HashMap<>();
        settings.put(GraphDatabaseSettings.data_directory, dataDir);
        settings.put(GraphDatabaseSettings.logs_directory, logsDir);
        settings.put(GraphDatabaseSettings.pagecache_memory, pageCache);
        settings.put(GraphDatabaseSettings.auth_enabled, true);
        // LOAD CSV may read neither the machine's files nor, through it, any address on the network.
        settings.put(GraphDatabaseSettings.allow_file_urls, false);
        settings.put(GraphDatabaseSettings.load_csv_file_url_root, importDir(dataDir));
        settings.put(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")));
        settings.put(GraphDatabaseSettings.udc_enabled, false);
        settings.put(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"));
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        settings.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
        settings.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        settings.put(HttpConnector.enabled, false);
        settings.put(HttpsConnector.enabled, false);
        // Bolt's graceful shutdown otherwise idles 10 s waiting for clients a local dev server never has.
        settings.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        return settings;
    }

    /** An empty folder: file URLs are off, and were they on, nothing is there to read. */
    private static Path importDir(Path dataDir) {
        return dataDir.resolve("import");
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                fail("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            fail("missing --" + name);
        }
        return value;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return e == root ? message : e.getMessage() + ": " + message;
    }

    private static void fail(String reason) {
        System.out.println(FAILED + reason);
        System.out.flush();
        System.exit(1);
    }
}
