package cn.studio.gateway;

import io.restassured.RestAssured;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One request written byte for byte (HTTP clients normalise paths such as {@code /a/../b} before sending them). */
final class RawHttp {
    private RawHttp() {
    }

    record Answer(int status, String head, String body) {
        boolean isProblemJson() {
            return head.toLowerCase().contains("content-type: application/problem+json");
        }
    }

    static Answer get(String target, String... headers) {
        return getFrom("127.0.0.1", target, headers);
    }

    /** From another loopback address (127.0.0.2, ...): another client to the gateway's per-address limits. */
    static Answer getFrom(String localAddress, String target, String... headers) {
        return send("GET", localAddress, target, headers);
    }

    static Answer send(String method, String localAddress, String target, String... headers) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), RestAssured.port,
                InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
