package org.omnistock.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A till that is not written in Java: STOMP 1.2 frames on a plain socket, as a few lines in any language would send
 * them. With {@code content-length} (as the common STOMP libraries set it) Artemis delivers a bytes message, without
 * it a text message; the marker travels as a header whose name is not a Java identifier.
 */
final class StompTill implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private int receipts;

    StompTill(String login, String passcode) throws IOException {
        this(URI.create(Broker.URL), login, passcode);
    }

    /** A till of the broker at {@code broker} ({@code tcp://host:port}). */
    StompTill(URI broker, String login, String passcode) throws IOException {
        socket = new Socket(broker.getHost(), broker.getPort());
        socket.setSoTimeout(15_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        write("CONNECT\naccept-version:1.2\nhost:localhost\nlogin:" + login + "\npasscode:" + passcode + "\n\n", null);
        String connected = frame();
        if (!connected.startsWith("CONNECTED")) {
            throw new IOException("the broker did not take the till: " + connected);
        }
    }

    /** Sends a sale and waits for the broker's receipt of it. */
    void sell(String json, boolean withContentLength, String marker) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String receipt = "sale-" + ++receipts;
        write("SEND\ndestination:omnistock.pos.sales\ndestination-type:ANYCAST\ncontent-type:application/json\n"
                + (withContentLength ? "content-length:" + body.length + "\n" : "")
                + "stomp-marker:" + marker + "\nreceipt:" + receipt + "\n\n", body);
        String answer = frame();
        if (!answer.startsWith("RECEIPT") || !answer.contains("receipt-id:" + receipt)) {
            throw new IOException("the broker did not take the sale: " + answer);
        }
    }

    @Override
    public void close() throws IOException {
        write("DISCONNECT\n\n", null);
        socket.close();
    }

    private void write(String headers, byte[] body) throws IOException {
        out.write(headers.getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.write(body);
        }
        out.write(0);
        out.flush();
    }

    /** The next frame, up to its NUL, skipping the heart-beat newlines between frames. */
    private String frame() throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        for (int b = in.read(); b != 0; b = in.read()) {
            if (b < 0) {
                throw new IOException("the broker closed the connection: " + frame.toString(StandardCharsets.UTF_8));
            }
            if (frame.size() > 0 || b != '\n') {
                frame.write(b);
            }
        }
        return frame.toString(StandardCharsets.UTF_8);
    }
}
