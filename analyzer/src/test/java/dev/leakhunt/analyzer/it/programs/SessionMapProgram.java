package dev.leakhunt.analyzer.it.programs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps a 4 KiB session per request in a static map keyed by request: 160 KiB/s, never removed. */
public final class SessionMapProgram {
  static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();

  static final class Session {
    final byte[] state;

    Session(byte[] state) {
      this.state = state;
    }
  }

  public static void main(String[] args) throws Exception {
    RequestLoop.run(args, 25, SessionMapProgram::openSession);
  }

  static void openSession(int requestId) {
    SESSIONS.put("request-" + requestId, new Session(new byte[4096]));
  }
}
