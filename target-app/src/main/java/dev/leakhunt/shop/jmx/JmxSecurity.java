package dev.leakhunt.shop.jmx;

import java.nio.file.Path;

/**
 * Who may use the shop's JMX connector and over what: password authentication and TLS, each
 * optional. Without both, any local process can use the diagnostic MBeans (dump the heap anywhere,
 * load agents).
 *
 * @param passwordFile {@code USER PASSWORD} lines (the JDK's jmxremote.password format), readable
 *     by the owner only; null for no authentication
 * @param accessFile {@code USER readonly|readwrite} lines (the JDK's jmxremote.access format); null
 *     gives every authenticated user full access
 * @param keyStore PKCS12 or JKS key store holding the connector's key and certificate; null for no
 *     TLS
 * @param keyStorePasswordFile file whose first line is the key store's password, readable by the
 *     owner only; null with no key store
 */
public record JmxSecurity(
    Path passwordFile, Path accessFile, Path keyStore, Path keyStorePasswordFile) {

  /** No authentication, no TLS: the connector as it always was, loopback only. */
  public static JmxSecurity none() {
    return new JmxSecurity(null, null, null, null);
  }

  /** True if clients must log in. */
  public boolean authenticates() {
    return passwordFile != null;
  }

  /** True if the registry and the connector speak TLS. */
  public boolean tls() {
    return keyStore != null;
  }
}
