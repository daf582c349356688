import { createHash } from 'node:crypto';
import { verifyEvent } from '@threshold/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { provision } from '../src/identity.js';
import { sleep, useFixture } from './support/fixture.js';
import { startUploadSink } from './support/upload-sink.js';

let sink: Awaited<ReturnType<typeof startUploadSink>>;
beforeEach(async () => {
  sink = await startUploadSink();
  return () => sink.close();
});
const f = useFixture(() => sink.url);

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

/** A paired camera recording `session`, confirmed. */
async function recording(session: string) {
  const camera = provision('camera');
  const handle = await f.paired(camera, { camera: { heartbeatMs: 100 } });
  const start = await f.platform.send(camera.id, 'record.start', { session });
  await f.platform.waitForEvent(camera.id, 'recording', (e) => e.data.command === start);
  return { camera, handle };
}

describe('back-to-back sessions at one camera', () => {
  it('ends the previous session at once when the next starts during its post-roll, and uploads both clips', async () => {
    const { camera, handle } = await recording('visit-a');
    await sleep(300);
    const stopA = await f.platform.send(camera.id, 'record.stop', { session: 'visit-a', postRollMs: 60_000 });
    expect((await f.platform.waitForAck(camera.id, stopA)).status).toBe('ok');
    expect(handle.state()).toMatchObject({ recording: true, session: 'visit-a' }); // in the post-roll

    const sentB = Date.now();
    const startB = await f.platform.send(camera.id, 'record.start', { session: 'visit-b' });
    expect(await f.platform.waitForAck(camera.id, startB)).toEqual({
      command: startB,
      status: 'ok',
      result: { session: 'visit-b' },
    });
    const startedB = await f.platform.waitForEvent(camera.id, 'recording', (e) => e.data.session === 'visit-b');
    expect(startedB.data).toEqual({ recording: 'started', session: 'visit-b', command: startB });
    const recordings = f.platform.eventsOf(camera.id, 'recording').map((e) => e.data);
    expect(recordings.slice(1)).toEqual([
      { recording: 'stopped', session: 'visit-a', command: stopA }, // the 60 s post-roll was cut short
      { recording: 'started', session: 'visit-b', command: startB },
    ]);
    expect(handle.state()).toMatchObject({ recording: true, session: 'visit-b' });
    await f.platform.waitFor(() =>
      f.platform.eventsOf(camera.id, 'heartbeat').some((b) => b.data.session === 'visit-b'),
    );

    const stopB = await f.platform.send(camera.id, 'record.stop', { session: 'visit-b', postRollMs: 0 });
    await f.platform.waitForEvent(camera.id, 'recording', (e) => e.data.command === stopB);
    await f.platform.waitFor(() => f.platform.eventsOf(camera.id, 'clip').length === 2, 20_000);
    const clips = f.platform.eventsOf(camera.id, 'clip');
    expect(clips.map((c) => c.data.session).sort()).toEqual(['visit-a', 'visit-b']);
    const clipA = clips.find((c) => c.data.session === 'visit-a')!;
    expect(clipA.data.endedAt).toBeGreaterThanOrEqual(sentB - 1000); // ended when B came, not after the post-roll
    expect(clipA.data.endedAt).toBeLessThan(sentB + 5_000);
    expect(clipA.data.durationMs).toBe(clipA.data.endedAt - clipA.data.startedAt);
    expect(sink.uploads).toHaveLength(2);
    expect(new Set(sink.uploads.map((u) => sha256(u.body))).size).toBe(2);
    for (const clip of clips) {
      const upload = sink.uploads.find((u) => u.path === `/v1/device-uploads/clips/${clip.data.sha256}`);
      expect(upload).toBeDefined();
      expect(sha256(upload!.body)).toBe(clip.data.sha256);
      expect(clip.data.bytes).toBe(upload!.body.length);
      expect(verifyEvent(clip, camera.publicKey)).toBe(true);
    }
  }, 30_000);

  /** After a zero post-roll stop of visit-a and the start of visit-b: a stopped, b started, and b still recording. */
  async function expectHandedOver(
    { camera, handle }: Awaited<ReturnType<typeof recording>>,
    stopA: string,
    startB: string,
    settleMs: number,
  ) {
    expect((await f.platform.waitForAck(camera.id, startB)).status).toBe('ok');
    await f.platform.waitForEvent(camera.id, 'recording', (e) => e.data.command === startB);
    await sleep(settleMs);
    const recordings = f.platform.eventsOf(camera.id, 'recording').map((e) => e.data);
    expect(recordings.slice(1)).toEqual([
      { recording: 'stopped', session: 'visit-a', command: stopA },
      { recording: 'started', session: 'visit-b', command: startB },
    ]);
    expect(handle.state()).toMatchObject({ recording: true, session: 'visit-b' });
  }

  it('starts the next session even when its record.start follows a zero post-roll stop at once', async () => {
    const cam = await recording('visit-a');
    const stopA = await f.platform.send(cam.camera.id, 'record.stop', { session: 'visit-a', postRollMs: 0 });
    const startB = await f.platform.send(cam.camera.id, 'record.start', { session: 'visit-b' });
    await expectHandedOver(cam, stopA, startB, 0);
  });

  it('keeps the next session recording when its record.start is handled before the stop armed its post-roll', async () => {
    const cam = await recording('visit-a');
    // Sent together, both commands are decided before the stop's zero post-roll timer is even armed.
    const [stopA, startB] = await Promise.all([
      f.platform.send(cam.camera.id, 'record.stop', { session: 'visit-a', postRollMs: 0 }),
      f.platform.send(cam.camera.id, 'record.start', { session: 'visit-b' }),
    ]);
    await expectHandedOver(cam, stopA, startB, 200);
  });

  it('refuses the next session busy while the current one still records, and keeps recording it', async () => {
    const { camera, handle } = await recording('visit-a');
    const startB = await f.platform.send(camera.id, 'record.start', { session: 'visit-b' });
    expect(await f.platform.waitForAck(camera.id, startB)).toEqual({
      command: startB,
      status: 'rejected',
      reason: 'busy',
    });
    await sleep(250);
    expect(f.platform.eventsOf(camera.id, 'recording').map((e) => e.data.recording)).toEqual(['started']);
    expect(handle.state()).toMatchObject({ recording: true, session: 'visit-a' });
    const beats = f.platform.eventsOf(camera.id, 'heartbeat');
    expect(beats.length).toBeGreaterThan(0);
    expect(beats.every((b) => b.data.session === 'visit-a')).toBe(true);
    expect(f.platform.eventsOf(camera.id, 'clip')).toEqual([]);
  });

  it('a stop for a session already cut short changes nothing', async () => {
    const { camera, handle } = await recording('visit-a');
    await f.platform.send(camera.id, 'record.stop', { session: 'visit-a', postRollMs: 60_000 });
    const startB = await f.platform.send(camera.id, 'record.start', { session: 'visit-b' });
    await f.platform.waitForEvent(camera.id, 'recording', (e) => e.data.command === startB);
    const late = await f.platform.send(camera.id, 'record.stop', { session: 'visit-a', postRollMs: 0 });
    expect((await f.platform.waitForAck(camera.id, late)).result).toEqual({ session: 'visit-a', recording: false });
    await sleep(200);
    expect(handle.state()).toMatchObject({ recording: true, session: 'visit-b' });
    expect(f.platform.eventsOf(camera.id, 'recording').filter((e) => e.data.session === 'visit-b')).toHaveLength(1);
  });
});
