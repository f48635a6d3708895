/**
 * Search spaces: typed hyperparameters with ranges and defaults, conditional spaces where a choice
 * (the model family) selects which parameters exist, and immutable configurations drawn from them.
 */
package org.greenautoml.search.space;
