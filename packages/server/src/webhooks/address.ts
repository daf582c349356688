import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// SSRF rule (docs/webhooks.md "Where webhooks may go"): a webhook goes only to public addresses. The host is resolved
// and every address it has is checked, at registration and again at each send; the send then connects to the
// addresses checked (pinned), so a name that changes its answer between check and connect cannot reach inside.

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64 can reach any IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** True for loopback, private, link-local, multicast and other non-public addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type AddressCheck =
  | { ok: true; addresses: ResolvedAddress[] }
  | { ok: false; reason: 'private_address' | 'unresolvable'; detail: string };

/** Resolves `hostname` and checks every address; `allowPrivate` (WEBHOOK_ALLOW_PRIVATE) lifts the rule. */
export async function checkHost(hostname: string, allowPrivate: boolean): Promise<AddressCheck> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  if (isIP(bare) !== 0) addresses = [{ address: bare, family: isIP(bare) as 4 | 6 }];
  else {
    try {
      const found = await lookup(bare, { all: true, verbatim: true });
      addresses = found.map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
    } catch {
      return { ok: false, reason: 'unresolvable', detail: `The host "${bare}" does not resolve` };
    }
  }
  if (addresses.length === 0) return { ok: false, reason: 'unresolvable', detail: `The host "${bare}" has no address` };
  const inside = addresses.find((a) => isPrivateAddress(a.address));
  if (inside && !allowPrivate) {
    return {
      ok: false,
      reason: 'private_address',
      detail: `The host "${bare}" resolves to ${inside.address}, a private or loopback address; webhooks go only to public addresses`,
    };
  }
  return { ok: true, addresses };
}
