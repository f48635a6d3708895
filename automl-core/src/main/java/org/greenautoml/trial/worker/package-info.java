/**
 * Isolated trial workers: trials run in a small pool of worker JVMs, started from the engine's own
 * classpath with a heap cap, so that a trial that runs out of memory, crashes the JVM (native code
 * or {@code Runtime.halt} included) or overruns its time limit is killed and replaced, and its trial
 * recorded FAILED with the reason, while the search goes on. Chosen with {@code
 * GreenAutoML.Builder#isolation(Isolation.PROCESS)}.
 *
 * <h2>Wire format, version 1</h2>
 *
 * The engine and a worker talk over the worker's stdin and stdout, one JSON object per line (UTF-8,
 * Jackson; no Java serialization). Every message carries {@code "v": 1} and a {@code "type"}; a
 * worker refuses a message of another version. Anything else a library prints on the worker's
 * stdout is ignored by the engine (the worker also points {@code System.out} at stderr).
 *
 * <pre>
 * engine -&gt; worker
 *   {"v":1,"type":"init","dataFile":"/tmp/...","seed":42,"families":["cart","logistic"]}
 *   {"v":1,"type":"trial","trialId":7,"configuration":{"family":"cart",...},"fidelity":0.333,
 *    "rung":1,"bracket":0,"returnModel":false}
 *   {"v":1,"type":"shutdown"}                      (closing stdin does the same)
 * worker -&gt; engine
 *   {"v":1,"type":"ready","pid":1234,"startupJoules":3.1}
 *   {"v":1,"type":"progress","trialId":7,"joules":0.42}          (every 200 ms while a trial runs)
 *   {"v":1,"type":"result","trialId":7,"metrics":{...TrialMetrics.toJson()...},
 *    "processJoules":1.9,"energyMethod":"POWER_MODEL","relativeUncertainty":0.4,
 *    "idleJoules":0.05,"model":"&lt;base64 Tribuo ModelProto&gt;"}   (model only when asked)
 *   {"v":1,"type":"error","trialId":7,"reason":"IllegalArgumentException: ..."}
 *   {"v":1,"type":"fatal","reason":"..."}                         (init failed; the worker exits)
 * </pre>
 *
 * <p><b>Data.</b> The engine writes the prepared data once per search to a temporary file that
 * every worker reads at {@code init}: a header line {@code {"v":1,"subsampleSeed":..,
 * "featuresWithMissingValues":[..],"trainingRows":n,"validationRows":m}} followed by one line per
 * encoded example, training rows then validation rows, in order: {@code
 * {"label":"x","features":[["f1",0.5],...]}}. The worker rebuilds the Tribuo datasets in the same
 * order and calls {@code PreparedData.of} with the same seed, so its nested subsamples and
 * preprocessing are identical to the engine's, and the per-trial seed is derived from the search
 * seed and the configuration exactly as in-process ({@code MeteredTrialEvaluator}).
 *
 * <p><b>Families.</b> A worker knows the built-in families by name, plus the classes named in the
 * system property {@value org.greenautoml.trial.worker.TrialWorkerMain#FAMILIES_PROPERTY}
 * (comma-separated {@code ModelFamily} implementations with a public no-argument constructor), which
 * the engine passes on to its workers. A search with PROCESS isolation refuses, before it starts, a
 * family that a worker could not resolve.
 *
 * <p><b>Energy.</b> A worker meters itself: a {@code MeterScope.PROCESS} measurement around each
 * trial ({@code processJoules}) is the trial's charged cost, so the worker's GC and JIT threads
 * are charged to the trial; its {@code progress} messages let the engine's ledger see spending
 * while the trial runs. The worker's own overhead outside trials (JVM start-up, reading the data,
 * idling between trials: {@code startupJoules}, {@code idleJoules}) is charged as engine overhead.
 * A killed worker's unreported spending since its last progress message is not measured: the
 * budget overshoot of a kill is bounded by one progress period (200 ms) of each running worker
 * plus the engine's 50 ms poll.
 */
package org.greenautoml.trial.worker;
