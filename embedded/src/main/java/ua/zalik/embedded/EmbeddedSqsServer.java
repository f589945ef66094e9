package ua.zalik.embedded;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** One ElasticMQ per JVM speaking the SQS API on loopback. */
public final class EmbeddedSqsServer {

    private static SQSRestServer server;
    private static int port;

    private EmbeddedSqsServer() {
    }

    public static synchronized String endpoint() {
        if (server == null) {
            port = FreePorts.find();
            server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port).start();
            server.waitUntilStarted();
            SQSRestServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stopAndWait, "embedded-sqs-stop"));
        }
        return "http://127.0.0.1:" + port;
    }

    /** Stops ElasticMQ (its queues and messages live in memory and go with it): for tests of a queue outage. */
    public static synchronized void stop() {
        if (server != null) {
            server.stopAndWait();
        }
    }

    /** Starts it again on the same port, empty. */
    public static synchronized void restart() {
        server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port).start();
        server.waitUntilStarted();
    }
}
