package dev.leakhunt.shop.metrics;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Registers the shop's MBeans in the platform MBean server and removes them on close: {@value
 * #ALLOCATOR_NAME} and one {@value #LATENCY_DOMAIN_TYPE}{@code ,endpoint=<label>} per endpoint.
 */
public final class ShopMBeans implements AutoCloseable {
  /** Object name of the Netty allocator MBean. */
  public static final String ALLOCATOR_NAME = "dev.leakhunt.shop:type=NettyAllocator";

  /** Object name prefix of the latency MBeans; the endpoint label follows. */
  public static final String LATENCY_DOMAIN_TYPE = "dev.leakhunt.shop:type=Latency";

  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
  private final Map<String, EndpointLatency> latencyByEndpoint = new LinkedHashMap<>();
  private final List<ObjectName> registered = new ArrayList<>();

  /**
   * Registers the allocator MBean and one latency MBean per endpoint label.
   *
   * @throws JMException if a name is taken (another shop runs in this JVM)
   */
  public ShopMBeans(NettyAllocator allocator, List<String> endpointLabels) throws JMException {
    register(ALLOCATOR_NAME, allocator, NettyAllocatorMBean.class);
    for (String label : endpointLabels) {
      EndpointLatency latency = new EndpointLatency();
      latencyByEndpoint.put(label, latency);
      register(LATENCY_DOMAIN_TYPE + ",endpoint=" + label, latency, LatencyMBean.class);
    }
  }

  /** The latency recorder of an endpoint label given to the constructor. */
  public EndpointLatency latency(String endpointLabel) {
    EndpointLatency latency = latencyByEndpoint.get(endpointLabel);
    if (latency == null) {
      throw new IllegalArgumentException("no latency MBean for endpoint " + endpointLabel);
    }
    return latency;
  }

  /** Closes every endpoint's current latency interval. */
  public void rollLatencyIntervals() {
    latencyByEndpoint.values().forEach(EndpointLatency::roll);
  }

  private <T> void register(String name, T implementation, Class<T> mbeanInterface)
      throws JMException {
    ObjectName objectName = new ObjectName(name);
    server.registerMBean(new StandardMBean(implementation, mbeanInterface), objectName);
    registered.add(objectName);
  }

  @Override
  public void close() {
    for (ObjectName name : registered) {
      try {
        server.unregisterMBean(name);
      } catch (JMException alreadyGone) {
        // Nothing to undo: the name is free either way.
      }
    }
    registered.clear();
  }
}
