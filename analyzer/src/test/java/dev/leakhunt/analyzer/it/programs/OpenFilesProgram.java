package dev.leakhunt.analyzer.it.programs;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the JDK's {@code release} file per request, reads its first bytes and never closes it: the
 * stream stays referenced, so no cleaner closes it either (4 descriptors/s).
 */
public final class OpenFilesProgram {
  static final List<FileInputStream> OPEN = new ArrayList<>();
  static final Path FILE = Path.of(System.getProperty("java.home"), "release");

  public static void main(String[] args) throws Exception {
    RequestLoop.run(args, 250, OpenFilesProgram::readVersion);
  }

  static synchronized void readVersion(int requestId) throws IOException {
    FileInputStream in = new FileInputStream(FILE.toFile());
    in.read(new byte[16]);
    OPEN.add(in);
  }
}
