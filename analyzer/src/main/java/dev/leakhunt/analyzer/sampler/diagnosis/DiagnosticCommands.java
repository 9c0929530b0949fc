package dev.leakhunt.analyzer.sampler.diagnosis;

import java.io.IOException;
import java.util.Arrays;
import javax.management.JMException;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

/**
 * The target's {@code com.sun.management:type=DiagnosticCommand} MBean: the jcmd commands over JMX,
 * each an operation named in camel case ({@code GC.class_histogram} is {@code gcClassHistogram})
 * that takes the command's arguments and returns its text.
 */
public final class DiagnosticCommands {
  /** The MBean's name in every HotSpot JVM since JDK 8. */
  public static final String MBEAN_NAME = "com.sun.management:type=DiagnosticCommand";

  private static final String[] SIGNATURE = {String[].class.getName()};
  private final MBeanServerConnection connection;
  private final ObjectName name;

  public DiagnosticCommands(MBeanServerConnection connection) {
    this.connection = connection;
    try {
      this.name = new ObjectName(MBEAN_NAME);
    } catch (JMException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the target offers the operation, e.g. {@code vmClassloaderStats}. */
  public boolean offers(String operation) throws IOException, JMException {
    if (!connection.isRegistered(name)) {
      return false;
    }
    return Arrays.stream(connection.getMBeanInfo(name).getOperations())
        .map(MBeanOperationInfo::getName)
        .anyMatch(operation::equals);
  }

  /**
   * Runs one command and returns its output.
   *
   * @param operation the operation's name, e.g. {@code gcClassHistogram}
   * @param arguments the command's arguments, as on the jcmd command line
   */
  public String run(String operation, String... arguments) throws IOException, JMException {
    return (String) connection.invoke(name, operation, new Object[] {arguments}, SIGNATURE);
  }
}
