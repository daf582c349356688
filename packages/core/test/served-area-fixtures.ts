import type { Position } from '../src/served-area.js';

/** A square of side `side` degrees with its south-west corner at (lon, lat), anticlockwise, closed. */
export const square = (lon: number, lat: number, side: number): Position[] => [
  [lon, lat],
  [lon + side, lat],
  [lon + side, lat + side],
  [lon, lat + side],
  [lon, lat],
];
