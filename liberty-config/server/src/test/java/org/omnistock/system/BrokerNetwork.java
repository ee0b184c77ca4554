package org.omnistock.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between a client and the broker, which a test cuts and mends: a TCP relay on the loopback interface.
 * Cut, it closes every connection through it and refuses new ones (a broker that cannot be reached); mended, it
 * relays again. The build runs one between the server and the broker ({@code artemis.link.port}, controlled on
 * {@code artemis.link.control.port} with the lines {@code cut} and {@code mend}); a test starts its own for a store
 * agent. The broker itself is never touched: stopping its acceptor through management once left it unable to
 * answer, and every test after it failed.
 */
public final class BrokerNetwork implements AutoCloseable {

    private final ServerSocket clients;
    private final InetSocketAddress broker;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private BrokerNetwork(int port, InetSocketAddress broker) throws IOException {
        this.clients = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
        this.broker = broker;
        daemon("broker-network-accept", this::accept);
    }

    /** A link on a free loopback port to the broker at {@code host:port}, relaying until closed. */
    static BrokerNetwork start(String host, int port) throws IOException {
        return new BrokerNetwork(0, new InetSocketAddress(host, port));
    }

    /** The build's link: {@code <port> <broker host> <broker port> <control port>}; runs until killed. */
    public static void main(String[] args) throws Exception {
        BrokerNetwork link = new BrokerNetwork(Integer.parseInt(args[0]), new InetSocketAddress(args[1],
                Integer.parseInt(args[2])));
        try (ServerSocket control = new ServerSocket(Integer.parseInt(args[3]), 10,
                InetAddress.getLoopbackAddress())) {
            System.out.println("broker link on " + args[0] + " to " + args[1] + ":" + args[2] + ", control on "
                    + args[3]);
            while (true) {
                try (Socket operator = control.accept();
                     BufferedReader in = new BufferedReader(new InputStreamReader(operator.getInputStream(),
                             StandardCharsets.US_ASCII));
                     PrintWriter out = new PrintWriter(operator.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                    String command = in.readLine();
                    if ("cut".equals(command)) {
                        link.cut();
                    } else if ("mend".equals(command)) {
                        link.mend();
                    }
                    System.out.println(command + ": " + (link.cut ? "cut" : "relaying"));
                    out.println(link.cut ? "cut" : "relaying");
                }
            }
        }
    }

    /**
     * Tells the build's link (on {@code artemis.link.control.port}) to {@code cut} or {@code mend}.
     *
     * @return what it says it is doing now: {@code cut} or {@code relaying}
     */
    static String tellTheServersLink(String command) throws IOException {
        int port = Integer.getInteger("artemis.link.control.port", 61627);
        try (Socket control = new Socket(InetAddress.getLoopbackAddress(), port);
             PrintWriter out = new PrintWriter(control.getOutputStream(), true, StandardCharsets.US_ASCII);
             BufferedReader in = new BufferedReader(new InputStreamReader(control.getInputStream(),
                     StandardCharsets.US_ASCII))) {
            control.setSoTimeout(10_000);
            out.println(command);
            return in.readLine();
        }
    }

    int port() {
        return clients.getLocalPort();
    }

    /** Closes every connection through the link and refuses new ones. */
    void cut() {
        cut = true;
        open.forEach(BrokerNetwork::closeQuietly);
        open.clear();
    }

    /** Relays new connections again. */
    void mend() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(clients);
    }

    private void accept() {
        while (!clients.isClosed()) {
            Socket client;
            try {
                client = clients.accept();
            } catch (IOException e) {
                return;
            }
            if (cut) {
                closeQuietly(client);
                continue;
            }
            Socket server = new Socket();
            try {
                server.connect(broker, 5_000);
            } catch (IOException e) {
                closeQuietly(client);
                continue;
            }
            open.add(client);
            open.add(server);
            if (cut) {
                closeQuietly(client);
                closeQuietly(server);
                continue;
            }
            daemon("broker-network-up", () -> pump(client, server));
            daemon("broker-network-down", () -> pump(server, client));
        }
    }

    /** Copies one direction until either side ends, then ends both. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // the other side closed, or the link was cut: both sockets close below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing what is already closed
        }
    }
}
