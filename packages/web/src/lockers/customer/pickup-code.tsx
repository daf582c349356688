import type { PickupCode } from '../../api/lockers.js';
import { QrCode } from '../../ui/qr-code.js';

// A pickup code as the platform answered it, once (docs/lockers.md "Pickup codes"): the platform keeps only a salted
// MAC, so this page is the only place it is ever shown.

export function PickupCodePanel({ code, onHide }: { code: PickupCode; onHide: () => void }) {
  return (
    <section className="pickup-code" aria-labelledby={`code-${code.compartment}`}>
      <h4 id={`code-${code.compartment}`}>Pickup code for locker {code.compartment}</h4>
      <p className="notice notice-warn" role="alert">
        This code is shown only now and will not be shown again. Note it or keep this page open. Asking for a new code
        makes this one stop working.
      </p>
      <p>
        Pickup code: <strong className="pickup-code-digits mono">{code.code}</strong>
      </p>
      <QrCode text={code.qr} label={`QR code to scan at the locker, for locker ${code.compartment}`} />
      <p className="muted">Type the code on the locker's keypad, or hold the QR code to its reader.</p>
      <button type="button" className="button secondary" onClick={onHide}>
        Hide the code
      </button>
    </section>
  );
}
