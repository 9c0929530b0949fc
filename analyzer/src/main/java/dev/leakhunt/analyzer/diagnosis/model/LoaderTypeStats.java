package dev.leakhunt.analyzer.diagnosis.model;

/**
 * The class loaders of one type at one moment, from {@code VM.classloader_stats}.
 *
 * @param loaderType class name of the loaders, e.g. {@code com.example.PluginLoader}
 * @param loaderCount live loaders of that type
 * @param classCount classes those loaders defined
 * @param metaspaceBytes metaspace chunk bytes those loaders hold
 */
public record LoaderTypeStats(
    String loaderType, long loaderCount, long classCount, long metaspaceBytes) {}
