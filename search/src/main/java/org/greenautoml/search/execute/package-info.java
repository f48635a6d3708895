/**
 * The local executor: a pool of workers that run trials as functions under the carbon ledger, the
 * time limits and the convergence rule, journaling every event, and resuming from a journal.
 */
package org.greenautoml.search.execute;
