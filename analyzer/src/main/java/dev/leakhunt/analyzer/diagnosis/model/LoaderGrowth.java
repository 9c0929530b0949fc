package dev.leakhunt.analyzer.diagnosis.model;

/**
 * How one class loader type grew between two {@code VM.classloader_stats} snapshots.
 *
 * @param loaderType class name of the loaders
 * @param loadersBefore live loaders of the type at the start
 * @param loadersAfter live loaders of the type at the end
 * @param loadersGrowth {@code loadersAfter - loadersBefore}
 * @param classesGrowth classes defined by loaders of the type, end minus start
 * @param metaspaceBytesGrowth metaspace chunk bytes they hold, end minus start
 * @param loadersPerHour loader growth scaled to one hour
 * @param metaspaceBytesPerHour metaspace growth scaled to one hour
 */
public record LoaderGrowth(
    String loaderType,
    long loadersBefore,
    long loadersAfter,
    long loadersGrowth,
    long classesGrowth,
    long metaspaceBytesGrowth,
    double loadersPerHour,
    double metaspaceBytesPerHour) {}
