package org.omnistock.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Which server this is, as written next to the work it claims (scheduled runs, outbox relay turns). */
public final class Servers {

    /** Liberty's server name, the host and the process id: unique among servers running at one time. */
    public static final String THIS = System.getProperty("wlp.server.name", "server") + "@" + host() + "/"
            + ProcessHandle.current().pid();

    private Servers() {
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
