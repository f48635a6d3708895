package org.greenautoml.cluster;

import static java.util.Objects.requireNonNull;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.util.concurrent.Callable;

/**
 * The one message a driver sends a member: a JSON request ({@code probe}, {@code data} or {@code
 * trial}, see {@link ClusterMessages}) and, for {@code data}, the compact data bytes. The member
 * answers with JSON text. Serialized by {@link ClusterTaskSerializer} only.
 */
final class ClusterTask implements Callable<String>, HazelcastInstanceAware {

  private final String json;
  private final byte[] bytes;
  private transient HazelcastInstance instance;

  ClusterTask(String json, byte[] bytes) {
    this.json = requireNonNull(json, "json");
    this.bytes = requireNonNull(bytes, "bytes");
  }

  String json() {
    return json;
  }

  byte[] bytes() {
    return bytes;
  }

  @Override
  public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
    this.instance = hazelcastInstance;
  }

  @Override
  public String call() {
    if (instance == null) {
      throw new IllegalStateException("a cluster task runs only on a GreenAutoML member");
    }
    Object runtime = instance.getUserContext().get(HazelcastSetup.RUNTIME_KEY);
    if (!(runtime instanceof MemberRuntime member)) {
      throw new IllegalStateException("this Hazelcast member is not a GreenAutoML member");
    }
    return member.handle(json, bytes);
  }
}
