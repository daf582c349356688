import { hashPassword } from '../crypto/passwords.js';
import { isoAt } from '../ports.js';
import { withTransaction } from '../store/db.js';
import { findHomeMember, type HomeRole, insertHomeMember } from '../store/homes-repo.js';
import {
  closeInvitation,
  findInvitation,
  type Invitation,
  insertInvitation,
  listOpenInvitations,
} from '../store/invitations-repo.js';
import { findMembership, insertMembership, type MembershipRole } from '../store/organisations-repo.js';
import type { User } from '../store/schema.js';
import { findUserByEmail } from '../store/users-repo.js';
import { createAccount, normaliseEmail } from './accounts.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';

// Nobody joins an organisation or a home without accepting (DESIGN.md, "Trust rules"; docs/api.md, "Invitations").
// The inviter is answered the same whether or not the email has an account, so inviting is no account-existence
// oracle: the invitation is bound to the account that holds the email now, or to nobody, and only that account sees it.

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

export type InvitationTarget =
  | { kind: 'organisation'; id: string; role: MembershipRole }
  | { kind: 'home'; id: string; role: HomeRole };

/** Only customers live in homes; anyone with an account may join an organisation. */
const eligible = (target: InvitationTarget, user: User | undefined) =>
  user !== undefined && (target.kind === 'organisation' || user.kind === 'customer');

async function isMember(deps: Pick<ServiceDeps, 'db'>, target: InvitationTarget, userId: string) {
  return target.kind === 'organisation'
    ? (await findMembership(deps.db, target.id, userId)) !== undefined
    : (await findHomeMember(deps.db, target.id, userId)) !== undefined;
}

function newInvitation(deps: ServiceDeps, target: InvitationTarget, email: string, invitedBy: string): Invitation {
  const now = deps.clock.now();
  return {
    id: deps.ids.id('inv'),
    target_kind: target.kind,
    target_id: target.id,
    email,
    user_id: null,
    role: target.role,
    invited_by: invitedBy,
    created_at: isoAt(now),
    expires_at: isoAt(now + INVITATION_TTL_MS),
    accepted_at: null,
    declined_at: null,
  };
}

/**
 * Invites `email` to the target. An existing member is a conflict (the inviter can already list the members, so this
 * tells them nothing new); otherwise the answer is an invitation, whatever the email is.
 */
export async function invite(
  deps: ServiceDeps,
  target: InvitationTarget,
  email: string,
  invitedBy: string,
): Promise<Outcome<Invitation>> {
  const normalised = normaliseEmail(email);
  const user = await findUserByEmail(deps.db, normalised);
  const invitee = eligible(target, user) ? user : undefined;
  if (invitee && (await isMember(deps, target, invitee.id))) return fail('conflict', 'Already a member');
  const invitation = { ...newInvitation(deps, target, normalised, invitedBy), user_id: invitee?.id ?? null };
  await insertInvitation(deps.db, invitation);
  return { ok: true, value: invitation };
}

export type FieldRole = Extract<MembershipRole, 'courier' | 'worker'>;

/**
 * An organisation admin creates a courier's or worker's account, a member from birth (its invitation is recorded as
 * accepted at creation). When the email already has an account, that account is invited instead, and the answer has
 * the same shape and costs the same time (the password is hashed either way), so it reveals nothing.
 */
export async function createFieldAccount(
  deps: ServiceDeps,
  organisationId: string,
  input: { email: string; role: FieldRole; name: string; password: string },
  invitedBy: string,
): Promise<Outcome<Invitation>> {
  const target = { kind: 'organisation', id: organisationId, role: input.role } as const;
  return withTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const { email, name, password, role } = input;
    // createAccount judges the input (a weak password) before it looks the email up, so a refusal is the same for a
    // taken email and a free one; only "taken" falls back to an invitation.
    const created = await createAccount(txDeps, { email, name, password, kind: role });
    if (!created.ok && created.error.code === 'conflict') {
      await hashPassword(password);
      return invite(txDeps, target, email, invitedBy);
    }
    if (!created.ok) return created;
    const invitation = newInvitation(deps, target, created.value.email, invitedBy);
    const joined = { ...invitation, user_id: created.value.id, accepted_at: invitation.created_at };
    await insertInvitation(tx, joined);
    await join(tx, joined, created.value.id);
    return { ok: true, value: joined };
  });
}

/** Adds the membership an accepted invitation stands for. */
async function join(db: ServiceDeps['db'], invitation: Invitation, userId: string): Promise<void> {
  const base = { user_id: userId, created_at: invitation.accepted_at ?? invitation.created_at };
  if (invitation.target_kind === 'organisation')
    await insertMembership(db, {
      ...base,
      organisation_id: invitation.target_id,
      role: invitation.role as MembershipRole,
    });
  else await insertHomeMember(db, { ...base, home_id: invitation.target_id, role: invitation.role as HomeRole });
}

export interface OpenInvitation extends Invitation {
  targetName: string;
  inviterName: string;
}

/** The signed-in user's open invitations, with what they are for and who sent them. */
export async function invitationsOf(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  userId: string,
): Promise<OpenInvitation[]> {
  const open = await listOpenInvitations(deps.db, userId, isoAt(deps.clock.now()));
  return Promise.all(
    open.map(async (invitation) => {
      const table = invitation.target_kind === 'organisation' ? 'organisations' : 'homes';
      const [target, inviter] = await Promise.all([
        deps.db.selectFrom(table).select('name').where('id', '=', invitation.target_id).executeTakeFirst(),
        deps.db.selectFrom('users').select('name').where('id', '=', invitation.invited_by).executeTakeFirst(),
      ]);
      return { ...invitation, targetName: target?.name ?? '', inviterName: inviter?.name ?? '' };
    }),
  );
}

/**
 * Accepts or declines one of the user's own open invitations. Someone else's invitation, or an unknown one, is "not
 * found"; an answered or expired one is a conflict. Accepting creates the membership in the same transaction.
 */
export async function answerInvitation(
  deps: ServiceDeps,
  userId: string,
  invitationId: string,
  answer: 'accept' | 'decline',
): Promise<Outcome<Invitation>> {
  return withTransaction(deps.db, async (tx) => {
    const invitation = await findInvitation(tx, invitationId);
    if (!invitation || invitation.user_id !== userId) return fail('not-found', 'No such invitation');
    const now = isoAt(deps.clock.now());
    const column = answer === 'accept' ? 'accepted_at' : 'declined_at';
    if (!(await closeInvitation(tx, invitationId, userId, now, column)))
      return fail('conflict', 'This invitation was already answered or has expired');
    const closed = { ...invitation, [column]: now };
    const target = { kind: invitation.target_kind, id: invitation.target_id } as InvitationTarget;
    if (answer === 'accept') {
      if (await isMember({ db: tx }, target, userId)) return { ok: true, value: closed };
      await join(tx, closed, userId);
    }
    return { ok: true, value: closed };
  });
}
