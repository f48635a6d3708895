/**
 * Benchmarks of exported ONNX models against the Tribuo models they come from, scored in the same
 * run: {@link org.greenautoml.bench.onnx.TreeOnnxBenchmark}.
 */
package org.greenautoml.bench.onnx;
