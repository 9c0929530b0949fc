package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.sampler.MBeanAttributeSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --latency 'ObjectName#Attribute'} (the ObjectName may be a pattern). */
public final class LatencySpecConverter implements ITypeConverter<MBeanAttributeSpec> {
  @Override
  public MBeanAttributeSpec convert(String text) {
    try {
      return MBeanAttributeSpec.parseLatency(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
