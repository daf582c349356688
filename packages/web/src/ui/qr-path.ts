import { encode } from 'uqr';

// A QR code's dark modules as one SVG path (uqr: encoded in the page, nothing fetched), with the quiet zone the
// standard asks for, so a phone's camera or a locker's reader scans it off the screen.

const QUIET_ZONE = 4;

/** The SVG path of the dark modules of `text`'s QR code, and the side of its square (modules, quiet zone included). */
export function qrPath(text: string): { d: string; size: number } {
  const qr = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const parts: string[] = [];
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { d: parts.join(''), size: qr.size };
}
