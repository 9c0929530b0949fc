package dev.leakhunt.shop.jmx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** A server-side TLS context from a key store file whose password is in another file. */
final class KeyStoreContext {
  private KeyStoreContext() {}

  /**
   * Loads the key store (PKCS12 or JKS, told apart by its content) and makes a TLS context that
   * presents its key.
   *
   * @param passwordFile file whose first line is the key store's (and key's) password
   * @throws IOException if a file cannot be read or the password is wrong
   */
  static SSLContext load(Path keyStore, Path passwordFile)
      throws IOException, GeneralSecurityException {
    List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
    char[] password = (lines.isEmpty() ? "" : lines.get(0).strip()).toCharArray();
    try {
      KeyStore store = KeyStore.getInstance(keyStore.toFile(), password);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
