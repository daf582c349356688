// A plain local map (no tiles, no third party): the home, where the customer parks, the car with the accuracy of its
// fix, and the courier, placed by their offsets in metres from the home. Enough to say "the red car across the road".

interface Point {
  lat: number;
  lon: number;
}

const METRES_PER_DEGREE = 111_320;
const WIDTH = 320;
const HEIGHT = 200;
const MARGIN = 28;

/** East and north offsets in metres from `origin` (equirectangular: exact enough across a street). */
function offset(origin: Point, p: Point): { x: number; y: number } {
  const x = (p.lon - origin.lon) * METRES_PER_DEGREE * Math.cos((origin.lat * Math.PI) / 180);
  const y = (p.lat - origin.lat) * METRES_PER_DEGREE;
  return { x, y };
}

export function distanceMetres(a: Point, b: Point): number {
  const { x, y } = offset(a, b);
  return Math.hypot(x, y);
}

export function CarMap({
  home,
  parking,
  car,
  courier,
  label,
}: {
  home: Point;
  parking?: (Point & { maxDistanceM: number }) | undefined;
  car?: (Point & { accuracyM: number }) | null | undefined;
  courier?: Point | null | undefined;
  label: string;
}) {
  const points = [home, parking, car, courier].filter((p): p is Point => p != null).map((p) => offset(home, p));
  const extent = Math.max(20, ...points.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))), parking?.maxDistanceM ?? 0);
  const scale = (Math.min(WIDTH, HEIGHT) / 2 - MARGIN) / extent;
  const at = (p: Point) => {
    const o = offset(home, p);
    return { cx: WIDTH / 2 + o.x * scale, cy: HEIGHT / 2 - o.y * scale };
  };
  const h = at(home);
  return (
    <svg className="car-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <rect x="0" y="0" width={WIDTH} height={HEIGHT} className="car-map-ground" />
      {parking && (
        <circle {...at(parking)} r={parking.maxDistanceM * scale} className="car-map-parking">
          <title>Where the car is usually parked</title>
        </circle>
      )}
      <rect x={h.cx - 7} y={h.cy - 7} width="14" height="14" className="car-map-home">
        <title>Home</title>
      </rect>
      <text x={h.cx + 10} y={h.cy + 4} className="car-map-label">
        Home
      </text>
      {car && (
        <g>
          <circle {...at(car)} r={Math.max(4, car.accuracyM * scale)} className="car-map-accuracy" />
          <circle {...at(car)} r="6" className="car-map-car">
            <title>The car</title>
          </circle>
          <text x={at(car).cx + 10} y={at(car).cy + 4} className="car-map-label">
            Car
          </text>
        </g>
      )}
      {courier && (
        <circle {...at(courier)} r="5" className="car-map-courier">
          <title>You</title>
        </circle>
      )}
      <text x={WIDTH - MARGIN} y={HEIGHT - 8} className="car-map-scale" textAnchor="end">
        {Math.round(extent)} m
      </text>
    </svg>
  );
}
