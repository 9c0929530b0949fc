package dev.leakhunt.contract.run;

/**
 * The machine a run was measured on: figures from different machines are not comparable, so every
 * comparison and trend shows it.
 *
 * @param hostName the host name
 * @param cores processors available to the JVM
 * @param os operating system name, version and architecture
 * @param jvm the analyzer JVM's name and version
 */
public record MachineInfo(String hostName, int cores, String os, String jvm) {}
