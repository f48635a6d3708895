package org.greenautoml.cluster;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.StreamSerializer;
import java.io.IOException;

/**
 * The wire form of a {@link ClusterTask}: a format version, the JSON text, and the bytes (length
 * first). Nothing else is read, so a task never carries an object graph.
 */
final class ClusterTaskSerializer implements StreamSerializer<ClusterTask> {

  /** Hazelcast's id of the type, unique among the project's serializers. */
  static final int TYPE_ID = 2026_0020;
  private static final int VERSION = 1;

  @Override
  public void write(ObjectDataOutput out, ClusterTask task) throws IOException {
    out.writeInt(VERSION);
    out.writeString(task.json());
    out.writeByteArray(task.bytes());
  }

  @Override
  public ClusterTask read(ObjectDataInput in) throws IOException {
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("cluster task version must be " + VERSION + ", found " + version);
    }
    String json = in.readString();
    byte[] bytes = in.readByteArray();
    return new ClusterTask(json == null ? "" : json, bytes == null ? new byte[0] : bytes);
  }

  @Override
  public int getTypeId() {
    return TYPE_ID;
  }
}
