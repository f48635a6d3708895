/**
 * The search journal: one JSON object per line for every event (search started, trial started,
 * finished, failed, promoted), each forced to disk before the search goes on, and the replay that
 * lets a killed search resume without re-running or re-paying for finished trials.
 */
package org.greenautoml.search.journal;
