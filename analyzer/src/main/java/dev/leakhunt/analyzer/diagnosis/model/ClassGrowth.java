package dev.leakhunt.analyzer.diagnosis.model;

/**
 * How much one class's live objects grew between two histograms.
 *
 * @param className Java source name of the class
 * @param instancesBefore live instances in the first histogram
 * @param instancesAfter live instances in the second histogram
 * @param bytesBefore shallow bytes in the first histogram
 * @param bytesAfter shallow bytes in the second histogram
 * @param instancesGrowth {@code instancesAfter - instancesBefore}
 * @param bytesGrowth {@code bytesAfter - bytesBefore}
 * @param instancesPerHour instance growth scaled to one hour
 * @param bytesPerHour byte growth scaled to one hour
 */
public record ClassGrowth(
    String className,
    long instancesBefore,
    long instancesAfter,
    long bytesBefore,
    long bytesAfter,
    long instancesGrowth,
    long bytesGrowth,
    double instancesPerHour,
    double bytesPerHour) {}
