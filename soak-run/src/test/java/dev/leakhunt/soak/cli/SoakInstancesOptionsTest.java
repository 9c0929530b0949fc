package dev.leakhunt.soak.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.soak.settings.ShopOptions;
import dev.leakhunt.soak.settings.SoakSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --instances N} and {@code --leak-instances K}: several embedded shops, some leaking. */
class SoakInstancesOptionsTest {
  private static SoakSettings settings(String... args) {
    SoakCommand command = new SoakCommand();
    new CommandLine(command).parseArgs(args);
    return command.settings();
  }

  @Test
  void oneInstanceByDefault() {
    ShopOptions shop = settings().shop();

    assertThat(shop.instances()).isEqualTo(1);
    assertThat(shop.leakingInstances()).isEqualTo(1);
  }

  @Test
  void everyInstanceLeaksUnlessLeakInstancesSaysOtherwise() {
    ShopOptions all = settings("--instances", "3", "--leak", "abandoned-carts").shop();
    ShopOptions first =
        settings("--instances", "3", "--leak", "abandoned-carts", "--leak-instances", "1").shop();

    assertThat(List.of(1, 2, 3))
        .allSatisfy(n -> assertThat(all.forInstance(n).leaks()).containsExactly("abandoned-carts"));
    assertThat(first.forInstance(1).leaks()).containsExactly("abandoned-carts");
    assertThat(first.forInstance(2).leaks()).isEmpty();
    assertThat(first.forInstance(3).leaks()).isEmpty();
    assertThat(first.forInstance(2).maxHeap()).isEqualTo(first.maxHeap());
    assertThat(ShopOptions.instanceName(3)).isEqualTo("shop-3");
  }

  @Test
  void badInstanceOptionsAreUsageErrors() {
    assertThatThrownBy(() -> settings("--instances", "0"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessage("--instances must be 1 to 16 (got 0)");
    assertThatThrownBy(() -> settings("--instances", "2", "--leak-instances", "1"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessage("--leak-instances goes with --leak (which instances leak what)");
    assertThatThrownBy(
            () ->
                settings("--instances", "2", "--leak", "abandoned-carts", "--leak-instances", "3"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessage("--leak-instances must be 0 to --instances (2) (got 3)");
    assertThatThrownBy(
            () ->
                settings(
                    "--instances", "2", "--target-url", "http://127.0.0.1:8080", "--jmx", "h:1"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageStartingWith("--instances starts embedded shops;");
  }
}
