/** Milliseconds since the epoch; injected so that tests (and simulations) can set the time. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
