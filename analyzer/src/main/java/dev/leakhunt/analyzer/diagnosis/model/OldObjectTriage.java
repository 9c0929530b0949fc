package dev.leakhunt.analyzer.diagnosis.model;

/**
 * How the JFR old-object samples of a run were sorted before any was used to name a leak.
 *
 * @param leakCandidateSamples samples held by a static field, a thread's own fields or another root
 * @param threadStackSamples samples reachable only from a running thread's stack: work in flight,
 *     never a suspect
 * @param unreachableSamples samples no root reached when the heap was walked: garbage not yet
 *     collected
 * @param watcherSamples samples allocated by the watcher's own JMX and JFR calls on the target (its
 *     footprint): {@code DiagnosticCommandImpl}, {@code MBean*Info}, RMI, JFR
 */
public record OldObjectTriage(
    int leakCandidateSamples, int threadStackSamples, int unreachableSamples, int watcherSamples) {}
