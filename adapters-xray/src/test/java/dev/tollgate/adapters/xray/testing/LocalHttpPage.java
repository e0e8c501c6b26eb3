package dev.tollgate.adapters.xray.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A JDK HTTP server on 127.0.0.1 that answers every GET with 200 and a fixed body. */
public final class LocalHttpPage implements AutoCloseable {

    private final HttpServer server;

    private LocalHttpPage(HttpServer server) {
        this.server = server;
    }

    public static LocalHttpPage serve(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
            server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            });
            server.start();
            return new LocalHttpPage(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve a local page", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
