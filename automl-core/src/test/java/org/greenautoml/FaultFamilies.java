package org.greenautoml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenautoml.family.DataProfile;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.greenautoml.trial.worker.TrialWorkerMain;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Test-only model families whose trials fail the way a worker process must survive: without bound
 * allocation, {@code Runtime.halt}, an endless busy loop. Public with public constructors because
 * worker JVMs instantiate them through the {@value TrialWorkerMain#FAMILIES_PROPERTY} extension
 * point; {@link #register()} names them there. Never run them with THREAD isolation.
 */
public final class FaultFamilies {

  private FaultFamilies() {}

  /** Names every fault family in the worker extension property of this JVM (and so its workers). */
  static void register() {
    System.setProperty(TrialWorkerMain.FAMILIES_PROPERTY, String.join(",",
        OutOfMemory.class.getName(), Halting.class.getName(), Spinning.class.getName()));
  }

  /** Allocates until the heap is exhausted. */
  public static final class OutOfMemory extends Fault {
    public OutOfMemory() {
      super("out-of-memory");
    }

    @Override
    protected void fail(Dataset<Label> train) {
      List<long[]> hoard = new ArrayList<>();
      while (true) {
        hoard.add(new long[1 << 20]);
      }
    }
  }

  /** Halts the JVM at once, as a native crash would (exit code 134, as after SIGABRT). */
  public static final class Halting extends Fault {
    public Halting() {
      super("halting");
    }

    @Override
    protected void fail(Dataset<Label> train) {
      Runtime.getRuntime().halt(134);
    }
  }

  /** Spins forever on the CPU, ignoring every request to stop. */
  public static final class Spinning extends Fault {
    private static volatile long sink;

    public Spinning() {
      super("spinning");
    }

    @Override
    protected void fail(Dataset<Label> train) {
      while (true) {
        sink++;
      }
    }
  }

  /** The shared part: a one-parameter space, applicable everywhere, and a train that fails. */
  public abstract static class Fault implements ModelFamily {
    private final String name;

    protected Fault(String name) {
      this.name = name;
    }

    /** Fails the trial on {@code train}: throws, halts, spins or never returns normally. */
    protected abstract void fail(Dataset<Label> train);

    @Override
    public String name() {
      return name;
    }

    @Override
    public ParameterSpace space() {
      return ParameterSpace.of(IntParameter.uniform("size", 1, 5, 3));
    }

    @Override
    public Optional<String> notApplicableReason(DataProfile profile) {
      return Optional.empty();
    }

    @Override
    public boolean needsStandardisation() {
      return false;
    }

    @Override
    public boolean handlesMissingValues() {
      return true;
    }

    @Override
    public Model<Label> train(
        Dataset<Label> train, Dataset<Label> validation, Configuration configuration, long seed) {
      fail(train);
      throw new IllegalStateException("unreachable");
    }
  }
}
