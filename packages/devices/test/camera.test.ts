import { createHash } from 'node:crypto';
import { verifyEvent } from '@threshold/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { provision } from '../src/identity.js';
import { sleep, useFixture } from './support/fixture.js';
import { startUploadSink } from './support/upload-sink.js';

let sink: Awaited<ReturnType<typeof startUploadSink>>;
beforeEach(async () => {
  sink = await startUploadSink(1); // the first upload attempt fails: the camera must retry
  return () => sink.close();
});
const f = useFixture(() => sink.url);

describe('a camera recording a visit', () => {
  it('acks, confirms, beats every second, stops after the post-roll and uploads a real MP4', async () => {
    const camera = provision('camera');
    const handle = await f.paired(camera);
    const start = await f.platform.send(camera.id, 'record.start', { session: 'sess-1' });
    expect(await f.platform.waitForAck(camera.id, start)).toEqual({
      command: start,
      status: 'ok',
      result: { session: 'sess-1' },
    });
    const started = await f.platform.waitForEvent(camera.id, 'recording');
    expect(started.data).toEqual({ recording: 'started', session: 'sess-1', command: start });
    expect(handle.state()).toMatchObject({ recording: true, session: 'sess-1' });
    await f.platform.waitFor(() => f.platform.eventsOf(camera.id, 'heartbeat').length >= 2, 4000);
    const beats = f.platform.eventsOf(camera.id, 'heartbeat');
    expect(beats[0]!.data.session).toBe('sess-1');
    expect(beats[1]!.data.frames).toBeGreaterThan(beats[0]!.data.frames);

    const stop = await f.platform.send(camera.id, 'record.stop', { session: 'sess-1', postRollMs: 300 });
    expect((await f.platform.waitForAck(camera.id, stop)).status).toBe('ok');
    expect(handle.state().recording).toBe(true); // still recording during the post-roll
    const stopped = await f.platform.waitForEvent(camera.id, 'recording', (e) => e.data.recording === 'stopped');
    expect(stopped.data).toEqual({ recording: 'stopped', session: 'sess-1', command: stop });
    const clip = await f.platform.waitForEvent(camera.id, 'clip', () => true, 15_000);

    expect(sink.refusals()).toBe(1);
    expect(sink.uploads).toHaveLength(1);
    const upload = sink.uploads[0]!;
    const sha = createHash('sha256').update(upload.body).digest('hex');
    expect(upload.path).toBe(`/v1/device-uploads/clips/${sha}`);
    expect(upload.contentType).toBe('video/mp4');
    expect(upload.authorization).toMatch(/^Device \d+\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{86}$/);
    expect(upload.body.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(clip.data).toMatchObject({ session: 'sess-1', sha256: sha, bytes: upload.body.length });
    expect(clip.data.contentType).toBe('video/mp4');
    expect(clip.data.durationMs).toBeGreaterThanOrEqual(2000);
    expect(clip.data.endedAt - clip.data.startedAt).toBe(clip.data.durationMs);
    expect(verifyEvent(clip, camera.publicKey)).toBe(true);
  });

  it('keeps recording but sends no heartbeat with dropHeartbeats', async () => {
    const camera = provision('camera');
    const handle = await f.paired(camera, { camera: { heartbeatMs: 100 } });
    handle.faults.set({ dropHeartbeats: true });
    await f.platform.waitForAck(camera.id, await f.platform.send(camera.id, 'record.start', { session: 'sess-2' }));
    await f.platform.waitForEvent(camera.id, 'recording');
    await sleep(450);
    expect(f.platform.eventsOf(camera.id, 'heartbeat')).toEqual([]);
    expect(handle.state().recording).toBe(true);
    handle.faults.set({ dropHeartbeats: false });
    const beat = await f.platform.waitForEvent(camera.id, 'heartbeat');
    expect(beat.data.session).toBe('sess-2');
  });

  it('acks but never confirms with noRecordingConfirm, and refuses a second session while recording', async () => {
    const camera = provision('camera');
    const handle = await f.paired(camera, { camera: { heartbeatMs: 100 } });
    handle.faults.set({ noRecordingConfirm: true });
    const a = await f.platform.send(camera.id, 'record.start', { session: 'sess-3' });
    expect((await f.platform.waitForAck(camera.id, a)).status).toBe('ok');
    await sleep(300);
    expect(f.platform.eventsOf(camera.id, 'recording')).toEqual([]);
    expect(f.platform.eventsOf(camera.id, 'heartbeat')).toEqual([]);

    handle.faults.set({ noRecordingConfirm: false });
    await f.platform.waitForAck(camera.id, await f.platform.send(camera.id, 'record.start', { session: 'sess-4' }));
    const other = await f.platform.send(camera.id, 'record.start', { session: 'sess-5' });
    expect((await f.platform.waitForAck(camera.id, other)).reason).toBe('busy');
    const unlock = await f.platform.send(camera.id, 'lock', {});
    expect((await f.platform.waitForAck(camera.id, unlock)).reason).toBe('unsupported');
  });
});
