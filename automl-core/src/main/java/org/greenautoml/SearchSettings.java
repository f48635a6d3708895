package org.greenautoml;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.pareto.TieBreak;

/**
 * The settings of a {@link GreenAutoML} engine, every default resolved. Immutable.
 *
 * @param scheduler the scheduler
 * @param families the families searched
 * @param eta the ladder's reduction factor
 * @param minFidelity the lowest fidelity
 * @param objectives what promotion and the front rank on
 * @param tieBreak how promotion orders trials inside one front
 * @param intensity the carbon intensity that converts energy to CO2e
 * @param pue the power usage effectiveness
 * @param workers trials run at once
 * @param seed the root seed
 * @param timeLimit the longest the search may run
 * @param perTrialTimeLimit the longest one trial may run
 * @param maxTrials the most trials
 * @param outputDirectory where the journal and models go
 * @param validationFraction the share of rows held out for validation
 * @param meter the energy meter
 * @param convergencePatience top-fidelity trials without progress before convergence
 * @param progressListener receives progress snapshots
 * @param isolation where trials run
 * @param workerHeapMegabytes the heap cap of a worker JVM
 */
public record SearchSettings(
    SchedulerKind scheduler,
    List<ModelFamily> families,
    int eta,
    double minFidelity,
    List<SearchObjective> objectives,
    TieBreak tieBreak,
    CarbonIntensity intensity,
    Pue pue,
    int workers,
    long seed,
    Optional<Duration> timeLimit,
    Optional<Duration> perTrialTimeLimit,
    OptionalInt maxTrials,
    Optional<Path> outputDirectory,
    double validationFraction,
    EnergyMeter meter,
    int convergencePatience,
    Optional<Consumer<SearchProgress>> progressListener,
    Isolation isolation,
    int workerHeapMegabytes) {}
