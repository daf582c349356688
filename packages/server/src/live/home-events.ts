import type { Bus } from '../bus.js';

// What a browser watching a home is told (DESIGN.md: "the customer can watch the visit, live"). Services publish
// after their transaction commits, so nothing is announced that a rollback could take back.

export interface HomeBusEvents {
  /** A visit moved: its new state and the timeline entry that moved it. */
  'home.visit': { homeId: string; visitId: string; state: string; entry: Record<string, unknown> | null };
  /** A device of the home changed health or connectivity. */
  'home.device': { homeId: string; deviceId: string; online: boolean | null; health: Record<string, unknown> };
  'home.alert': { homeId: string; alertId: string; kind: string; message: string; visitId: string | null };
  /** A fact was appended to the home's ledger. */
  'home.ledger': { homeId: string; seq: number; kind: string };
}

export type HomeEventType = keyof HomeBusEvents;
export const HOME_EVENT_TYPES: readonly HomeEventType[] = ['home.visit', 'home.device', 'home.alert', 'home.ledger'];

/** One home event without its home id, tagged with its type: what publishHomeEvent takes. */
export type HomeEvent = {
  [K in HomeEventType]: { type: K } & Omit<HomeBusEvents[K], 'homeId'>;
}[HomeEventType];

/** Publishes on the bus once the change is committed; the live hub fans it out to the home's browsers. */
export function publishHomeEvent(bus: Pick<Bus<HomeBusEvents>, 'emit'>, homeId: string, event: HomeEvent): void {
  const { type, ...fields } = event;
  bus.emit(type, { homeId, ...fields } as HomeBusEvents[typeof type]);
}
