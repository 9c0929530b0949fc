package dev.leakhunt.analyzer.sampler.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainClassProbeTest {
  @TempDir Path dir;

  @Test
  void aClassOrAModulesClassIsTakenAsGiven() {
    assertThat(MainClassProbe.fromCommand("dev.acme.Shop --port 8080", dir))
        .isEqualTo("dev.acme.Shop");
    assertThat(MainClassProbe.fromCommand("shop.app/dev.acme.Shop", dir))
        .isEqualTo("dev.acme.Shop");
    assertThat(MainClassProbe.fromCommand("  ", dir)).isNull();
    assertThat(MainClassProbe.fromCommand(null, dir)).isNull();
  }

  @Test
  void aJarIsReadFromTheTargetsWorkingDirectorySpringBootsStartClassFirst() throws IOException {
    jar("plain.jar", "dev.acme.Main", null);
    jar("boot.jar", "org.springframework.boot.loader.JarLauncher", "dev.acme.ShopApplication");
    assertThat(MainClassProbe.fromCommand("plain.jar --port 1", dir)).isEqualTo("dev.acme.Main");
    assertThat(MainClassProbe.fromCommand(dir.resolve("boot.jar").toString(), Path.of("/")))
        .isEqualTo("dev.acme.ShopApplication");
    assertThat(MainClassProbe.fromCommand("absent.jar", dir)).isNull();
    Files.writeString(dir.resolve("broken.jar"), "not a zip");
    assertThat(MainClassProbe.fromCommand("broken.jar", dir)).isNull();
  }

  private void jar(String name, String mainClass, String startClass) throws IOException {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.put(Attributes.Name.MAIN_CLASS, mainClass);
    if (startClass != null) {
      attributes.putValue("Start-Class", startClass);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve(name));
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.flush();
    }
  }
}
