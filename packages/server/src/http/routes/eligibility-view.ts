import { ELIGIBILITY_METHODS, ELIGIBILITY_REASONS, type MethodAnswer } from '@threshold/core';
import { Type } from 'typebox';
import { Nullable } from '../schemas.js';

// The eligibility object (docs/eligibility.md), shared by GET /v1/eligibility and the booking answer.

export const EligibilityView = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        method: Type.Enum(ELIGIBILITY_METHODS),
        available: Type.Boolean(),
        reasons: Type.Array(Type.String(), {
          description: `Why the method is not available, as stable codes (empty when it is): ${ELIGIBILITY_REASONS.join(', ')}`,
        }),
        accessPointId: Nullable(Type.String({ description: 'The access point in_home or in_garage would use' })),
      }),
    ),
  },
  { description: 'Every delivery method for the address and window, and why it is or is not available' },
);

export const presentEligibility = (methods: readonly MethodAnswer[]) => ({
  items: methods.map((m) => ({ ...m, reasons: [...m.reasons] })),
});
