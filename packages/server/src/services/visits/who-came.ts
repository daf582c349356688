import type { Db } from '../../store/db.js';
import type { VisitRow } from '../../store/schema-visits.js';

// Who came, as the customer is told it: the person's first name and, for a delivery, the carrier they came for. The
// customer lent their door to this person; a first name is what a courier would say at the door anyway.

export interface WhoCame {
  firstName: string;
  carrier: string | null;
}

export async function whoCame(db: Db, row: Pick<VisitRow, 'person_id' | 'delivery_id'>): Promise<WhoCame | null> {
  const person = await db.selectFrom('users').select('name').where('id', '=', row.person_id).executeTakeFirst();
  if (!person) return null;
  const carrier =
    row.delivery_id === null
      ? undefined
      : await db
          .selectFrom('deliveries')
          .innerJoin('organisations', 'organisations.id', 'deliveries.organisation_id')
          .select('organisations.name')
          .where('deliveries.id', '=', row.delivery_id)
          .executeTakeFirst();
  return { firstName: person.name.trim().split(/\s+/)[0] ?? person.name, carrier: carrier?.name ?? null };
}
