import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Checkpoint } from '@threshold/core';
import { pack as tarPack } from 'tar-stream';
import type { ClipStore } from '../clips/clip-store.js';
import { isoAt } from '../ports.js';
import type { Db } from '../store/db.js';
import { readLedgerRange } from '../store/ledger-repo.js';
import type { Home } from '../store/schema.js';
import type { Outcome } from './failure.js';
import { checkpointHome, type LedgerDeps } from './ledger.js';

// The export of a home (docs/ledger.md "Export"): a .tar.gz with one JSON file per kind of record, the clip files and
// photos still stored, and `manifest.json` last, naming every other file with its SHA-256 and size and carrying the
// checkpoint signed over the whole ledger at the time of the export, so the archive can be checked by itself.

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface ExportManifest {
  version: 1;
  homeId: string;
  exportedAt: string;
  checkpoint: Checkpoint;
  files: ManifestFile[];
}

const byHome = <T extends 'access_points' | 'alerts' | 'clips' | 'deliveries' | 'grants' | 'claims' | 'visits'>(
  db: Db,
  table: T,
  homeId: string,
) =>
  db
    .selectFrom(table as 'visits')
    .selectAll()
    .where('home_id', '=', homeId)
    .execute();

/** Every record of the home, as the JSON files of the archive. */
async function records(db: Db, home: Home): Promise<Record<string, unknown>> {
  const [members, accessPoints, preferences, visits, deliveries, grants, claims, alerts, clips, checkpoints] =
    await Promise.all([
      db
        .selectFrom('home_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.user_id', 'u.name', 'u.email', 'm.role', 'm.created_at'])
        .where('m.home_id', '=', home.id)
        .execute(),
      byHome(db, 'access_points', home.id),
      db.selectFrom('preferences').selectAll().where('home_id', '=', home.id).executeTakeFirst(),
      byHome(db, 'visits', home.id),
      byHome(db, 'deliveries', home.id),
      byHome(db, 'grants', home.id),
      byHome(db, 'claims', home.id),
      byHome(db, 'alerts', home.id),
      byHome(db, 'clips', home.id),
      db.selectFrom('ledger_checkpoints').selectAll().where('home_id', '=', home.id).orderBy('tree_size').execute(),
    ]);
  const claimIds = claims.map((c) => c.id);
  const claimMessages = claimIds.length
    ? await db.selectFrom('claim_messages').selectAll().where('claim_id', 'in', claimIds).execute()
    : [];
  const claimPhotos = claimIds.length
    ? await db.selectFrom('claim_photos').selectAll().where('claim_id', 'in', claimIds).execute()
    : [];
  return {
    'home.json': { home, members, accessPoints, preferences: preferences ?? null },
    'visits.json': visits,
    'deliveries.json': deliveries,
    'grants.json': grants,
    'claims.json': { claims, messages: claimMessages, photos: claimPhotos },
    'alerts.json': alerts,
    'clips.json': clips,
    'ledger/checkpoints.json': checkpoints,
  };
}

/** Photos the home's records name: doorstep photos (from `visit.fallback` facts) and claim photos. */
function photoHashes(entries: { kind: string; data: Record<string, unknown> }[], claimPhotos: unknown): string[] {
  const doorstep = entries
    .filter((e) => e.kind === 'visit.fallback' && typeof e.data.photo === 'string')
    .map((e) => e.data.photo as string);
  const claimed = (claimPhotos as { sha256: string }[]).map((p) => p.sha256);
  return [...new Set([...doorstep, ...claimed])];
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The archive as a gzip stream; signs a checkpoint first, so the manifest covers the ledger as exported. */
export async function exportHome(
  deps: LedgerDeps & { clips: ClipStore | undefined },
  home: Home,
): Promise<Outcome<Readable>> {
  const checkpoint = await checkpointHome(deps, home.id);
  if (!checkpoint.ok) return checkpoint;
  const entries = await readLedgerRange(deps.db, home.id, 1, checkpoint.value.treeSize);
  const json = await records(deps.db, home);
  json['ledger/entries.json'] = entries;
  const files: ManifestFile[] = [];
  const tar = tarPack();
  const addBuffer = (path: string, bytes: Buffer) => {
    files.push({ path, sha256: sha256Of(bytes), bytes: bytes.length });
    tar.entry({ name: path, size: bytes.length }, bytes);
  };
  const addStored = async (path: string, sha256: string) => {
    const opened = await deps.clips?.open(sha256);
    if (!opened?.ok) return;
    const hash = createHash('sha256');
    const hashing = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(opened.value.stream, hashing, tar.entry({ name: path, size: opened.value.size }));
    files.push({ path, sha256: hash.digest('hex'), bytes: opened.value.size });
  };
  const clips = json['clips.json'] as { id: string; sha256: string; expired_at: string | null }[];
  const photos = photoHashes(entries, (json['claims.json'] as { photos: unknown }).photos);
  const gzip = tar.pipe(createGzip());
  void (async () => {
    for (const [path, value] of Object.entries(json)) addBuffer(path, Buffer.from(JSON.stringify(value, null, 2)));
    for (const clip of clips) if (clip.expired_at === null) await addStored(`clips/${clip.id}.mp4`, clip.sha256);
    for (const sha of photos) await addStored(`photos/${sha}.jpg`, sha);
    const manifest: ExportManifest = {
      version: 1,
      homeId: home.id,
      exportedAt: isoAt(deps.clock.now()),
      checkpoint: checkpoint.value,
      files,
    };
    tar.entry({ name: 'manifest.json' }, JSON.stringify(manifest, null, 2));
    tar.finalize();
  })().catch((error: unknown) => gzip.destroy(error as Error));
  return { ok: true, value: gzip };
}
