package dev.talkgraph.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * The password of the user neo4j, read from the file talkgraph keeps beside the data folder (never passed on the
 * command line, where other users could read it), and made the DBMS's password.
 *
 * Before the DBMS starts, it is written as the initial password (data/dbms/auth.ini): Neo4j gives it to the user neo4j
 * of a new store, and also of an existing store whose user neo4j still has the default password (a store created
 * while authentication was off), before Bolt accepts connections. After start, a store whose password differs (the
 * password file was deleted and made anew) gets the file's password.
 */
final class LocalPassword {
    private static final String USER = "neo4j";

    private final String password;

    private LocalPassword(String password) {
        this.password = password;
    }

    static LocalPassword read(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.length() < 8) {
            throw new IOException("the password in " + file + " is shorter than 8 characters");
        }
        return new LocalPassword(password);
    }

    /** Writes data/dbms/auth.ini, which Neo4j reads while it starts the system database. */
    void writeInitialPassword(Path dataDir) throws Exception {
        Config config = Config.defaults(GraphDatabaseSettings.data_directory, dataDir);
        Path authIni = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(authIni.getParent());
        Files.deleteIfExists(authIni);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            FileUserRepository repository =
                    new FileUserRepository(fs, authIni, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            repository.start();
            byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
            repository.create(new User(USER, null, SystemGraphCredential.createCredentialForPassword(bytes, new SecureHasher()), false, false));
            repository.shutdown();
        }
    }

    /** Removes the initial password file once the system database has read it: it holds a hash of the password. */
    static void removeInitialPassword(Path dataDir) throws IOException {
        Config config = Config.defaults(GraphDatabaseSettings.data_directory, dataDir);
        Files.deleteIfExists(CommunitySecurityModule.getInitialUserRepositoryFile(config));
    }

    /** Sets the password when the store kept another one; an embedded query on the system database needs none. */
    void apply(GraphDatabaseService system) {
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to set the password the user already has: then there is nothing to do.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }
}
