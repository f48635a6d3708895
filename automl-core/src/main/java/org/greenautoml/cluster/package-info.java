/**
 * Trials on a Hazelcast cluster: {@link org.greenautoml.cluster.ClusterMember} runs trials for
 * drivers, {@link org.greenautoml.cluster.ClusterTrials} is a driver's trial backend. The search
 * (scheduler, ledger, journal, report) stays in the driver; each member meters its own trials in
 * its own region, and the driver prices them there and places the next trial on the free member
 * with the lowest carbon intensity. Messages are JSON and compact bytes only
 * ({@code ClusterMessages}); Java deserialization is refused on every member and driver.
 */
package org.greenautoml.cluster;
