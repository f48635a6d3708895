/**
 * Carbon-aware timing: the search's clock ({@link org.greenautoml.search.timing.SearchClock}, real,
 * replayed or simulated) and the start gates the run loop asks before it starts a trial (pause
 * while the grid is dirtier than a threshold, or fit the search into the cleanest hours before a
 * deadline), both over a {@link org.greenautoml.energy.carbon.CarbonIntensitySeries}.
 */
package org.greenautoml.search.timing;
