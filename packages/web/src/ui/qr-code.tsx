import { qrPath } from './qr-path.js';

/** A QR code drawn in the page from its text, as an SVG image with a label for screen readers. */
export function QrCode({ text, label, pixels = 240 }: { text: string; label: string; pixels?: number }) {
  const { d, size } = qrPath(text);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={pixels}
      height={pixels}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
