package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.analyzer.run.UsageException;
import dev.leakhunt.analyzer.watch.WatchSettings;
import dev.leakhunt.analyzer.watch.WatchTarget;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WatchTargetTest {
  private static List<WatchTarget> targets(String... args) {
    WatchCommand command = new WatchCommand();
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--out", "run"));
    new CommandLine(command).parseArgs(all.toArray(String[]::new));
    return command.settings().targets();
  }

  @Test
  void oneUnnamedTargetKeepsItsAddressAndGetsANameFromIt() {
    List<WatchTarget> one = targets("--jmx", "127.0.0.1:9010");

    assertThat(one).hasSize(1);
    assertThat(one.get(0).name()).isEqualTo("127.0.0.1-9010");
    assertThat(one.get(0).connection().jmxAddress()).isEqualTo("127.0.0.1:9010");
    assertThat(targets("--pid", "1234").get(0).name()).isEqualTo("pid-1234");
    assertThat(targets("--pid", "1234").get(0).connection().pid()).isEqualTo(1234L);
  }

  @Test
  void repeatedAndMixedOptionsKeepTheirOrderAndNames() {
    List<WatchTarget> three =
        targets("--jmx", "shop-1=127.0.0.1:9010", "--pid", "cache.2=42", "--jmx", "127.0.0.1:9012");

    assertThat(three)
        .extracting(WatchTarget::name)
        .containsExactly("shop-1", "cache.2", "127.0.0.1-9012");
    assertThat(three.get(0).connection().jmxAddress()).isEqualTo("127.0.0.1:9010");
    assertThat(three.get(1).connection().pid()).isEqualTo(42L);
    assertThat(three.get(1).connection().jmxAddress()).isNull();
  }

  @Test
  void aServiceUrlIsNeverReadAsANameAndMayBeNamed() {
    String url = "service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi";

    assertThat(targets("--jmx", url).get(0).connection().jmxAddress()).isEqualTo(url);
    assertThat(targets("--jmx", url).get(0).name())
        .isEqualTo("service-jmx-rmi-jndi-rmi-127.0.0.1-9010-jmxrmi");
    WatchTarget named = targets("--jmx", "db=" + url).get(0);
    assertThat(named.name()).isEqualTo("db");
    assertThat(named.connection().jmxAddress()).isEqualTo(url);
  }

  @Test
  void credentialsApplyToEveryTarget() {
    List<WatchTarget> two =
        targets(
            "--jmx",
            "a=127.0.0.1:1",
            "--jmx",
            "b=127.0.0.1:2",
            "--ssl",
            "--user",
            "u",
            "--password-file",
            "pw");

    assertThat(two).allSatisfy(t -> assertThat(t.connection().ssl()).isTrue());
    assertThat(two).allSatisfy(t -> assertThat(t.connection().user()).isEqualTo("u"));
  }

  @Test
  void badNamesAndAddressesAreOneLineUsageErrors() {
    assertThatThrownBy(() -> targets("--jmx", "sh op=127.0.0.1:1"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("a target name may hold only letters, digits");
    assertThatThrownBy(() -> targets("--jmx", "=127.0.0.1:1"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("the name before '=' is empty");
    assertThatThrownBy(() -> targets("--jmx", "shop="))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("no address after the name");
    assertThatThrownBy(() -> targets("--pid", "abc"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--pid must be [NAME=]PID, a process id (got 'abc')");
    assertThatThrownBy(() -> targets("--pid", "app=0"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void namesMustBeUniqueAndTheSameAddressTwiceIsRefused() {
    assertThatThrownBy(() -> targets("--jmx", "a=127.0.0.1:1", "--pid", "a=7"))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "target name 'a' is given twice (a=127.0.0.1:1 and a=7): name each target with"
                + " NAME=ADDRESS, names unique");
    assertThatThrownBy(() -> targets("--jmx", "127.0.0.1:1", "--jmx", "127.0.0.1:1"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'127.0.0.1-1' is given twice");
  }

  @Test
  void aTargetsSettingsCarryItsNameOnlyInAWatchOfSeveral() {
    WatchCommand command = new WatchCommand();
    new CommandLine(command)
        .parseArgs("--jmx", "a=127.0.0.1:1", "--jmx", "b=127.0.0.1:2", "--out", "run");
    WatchSettings several = command.settings();
    WatchSettings b = several.forTarget(several.targets().get(1), java.nio.file.Path.of("run/b"));

    assertThat(several.severalTargets()).isTrue();
    assertThat(b.target().jmxAddress()).isEqualTo("127.0.0.1:2");
    assertThat(b.messagePrefix()).isEqualTo("analyzer: b: ");
    assertThat(b.severalTargets()).isFalse();
    WatchCommand single = new WatchCommand();
    new CommandLine(single).parseArgs("--jmx", "127.0.0.1:1", "--out", "run");
    WatchSettings one = single.settings();
    assertThat(one.forTarget(one.targets().get(0), one.out()).messagePrefix())
        .isEqualTo("analyzer: ");
  }
}
