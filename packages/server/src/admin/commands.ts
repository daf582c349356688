import { parseArgs } from 'node:util';
import type { Clock } from '../ports.js';
import { grantStaff, revokeStaff, STAFF_ROLES, staffList } from '../services/staff.js';
import type { Db } from '../store/db.js';
import type { StaffRole } from '../store/staff-repo.js';

// The administrative commands run on the server, against the same store as `npm start` (src/admin/cli.ts). They are
// the only way to make platform staff: no HTTP route can (docs/decisions.md, "Staff are made on the server").

export const USAGE = `Usage: npm run admin -- <command>
  staff grant --email <email> --role support|admin   make an existing account platform staff (or change its role)
  staff revoke --email <email>                        remove a staff role
  staff list                                          list platform staff`;

/** What a command printed and its exit code: 0 done, 1 refused (e.g. unknown account), 2 bad usage. */
export interface CommandResult {
  code: 0 | 1 | 2;
  lines: string[];
}

const usage = (why: string): CommandResult => ({ code: 2, lines: [why, USAGE] });

export async function runAdminCommand(deps: { db: Db; clock: Clock }, argv: readonly string[]): Promise<CommandResult> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usage((error as Error).message);
  }
  const [area, verb] = parsed.positionals;
  const { email, role } = parsed.values;
  if (area !== 'staff') return usage(`Unknown command "${parsed.positionals.join(' ')}"`);
  if (verb === 'list') {
    const staff = await staffList(deps);
    return {
      code: 0,
      lines: staff.length
        ? staff.map((s) => `${s.email}\t${s.role}\tgranted ${s.granted_at} by ${s.granted_by}`)
        : ['No platform staff'],
    };
  }
  if (verb !== 'grant' && verb !== 'revoke') return usage(`Unknown staff command "${verb ?? ''}"`);
  if (!email) return usage('--email is required');
  if (verb === 'revoke') {
    const revoked = await revokeStaff(deps, email);
    return revoked.ok ? { code: 0, lines: [`${email}: no longer staff`] } : { code: 1, lines: [revoked.error.detail] };
  }
  if (!STAFF_ROLES.includes(role as StaffRole)) return usage(`--role must be one of ${STAFF_ROLES.join(', ')}`);
  const granted = await grantStaff(deps, email, role as StaffRole);
  return granted.ok
    ? { code: 0, lines: [`${email}: staff role ${granted.value.role}`] }
    : { code: 1, lines: [granted.error.detail] };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { email: { type: 'string' }, role: { type: 'string' } },
  });
}
