package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.sampler.MBeanAttributeSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --mbean 'ObjectName#Attribute[=capacity]'}. */
public final class MBeanSpecConverter implements ITypeConverter<MBeanAttributeSpec> {
  @Override
  public MBeanAttributeSpec convert(String text) {
    try {
      return MBeanAttributeSpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
