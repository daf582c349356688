import { bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import { apiKey, type RouteCase } from './shared.js';

/** Pairing, devices and device uploads. */
export const devicesCases: Record<string, RouteCase> = {
  'POST /v1/devices/pair': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: '/v1/devices/pair',
        headers: bearer(w.b.token),
        payload: { claimCode: 'ABCD-EFGH-JKMN', accessPointId: w.a.accessPointId },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        '/v1/devices/pair',
        bearer(w.a.token),
        { claimCode: 'ABCD-EFGH-JKMN', accessPointId: w.a.accessPointId },
        ['claimCode', 'accessPointId'],
      ),
      {
        method: 'POST',
        url: '/v1/devices/pair',
        headers: bearer(w.a.token),
        payload: { claimCode: 'ABCD-EFGH-JKM!', accessPointId: w.a.accessPointId },
      },
    ],
  },
  'GET /v1/homes/:homeId/devices': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/devices`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/devices`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/devices', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/devices/:deviceId': {
    crossTenant: (w) => [{ method: 'GET', url: `/v1/devices/${w.a.deviceId}`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/devices/:deviceId', { deviceId: w.a.deviceId }, bearer(w.a.token)),
  },
  'GET /v1/homes/:homeId/devices/:deviceId/rejections': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/devices/${w.a.deviceId}/rejections`, headers: bearer(w.b.token) },
      // B's own home with A's device: the device must belong to the home named.
      { method: 'GET', url: `/v1/homes/${w.b.homeId}/devices/${w.a.deviceId}/rejections`, headers: bearer(w.b.token) },
      {
        method: 'GET',
        url: `/v1/homes/${w.a.homeId}/devices/${w.a.deviceId}/rejections`,
        headers: apiKey(w.b.keySecret),
      },
    ],
    malformed: (w) => [
      ...malformedIds(
        'GET',
        '/v1/homes/:homeId/devices/:deviceId/rejections',
        { homeId: w.a.homeId, deviceId: w.a.deviceId },
        bearer(w.a.token),
      ),
      ...['0', '201', 'many'].map((limit) => ({
        method: 'GET' as const,
        url: `/v1/homes/${w.a.homeId}/devices/${w.a.deviceId}/rejections?limit=${limit}`,
        headers: bearer(w.a.token),
      })),
    ],
  },
  'GET /v1/device-api/rejections': {
    crossTenant: { none: 'device-authenticated: a device reads only its own refusals (the token names it)' },
    malformed: (w) => [
      { method: 'GET', url: '/v1/device-api/rejections', headers: { authorization: 'Device not-a-token' } },
      { method: 'GET', url: '/v1/device-api/rejections', headers: bearer(w.a.token) },
      { method: 'GET', url: '/v1/device-api/rejections?limit=0', headers: { authorization: 'Device x.y.z' } },
    ],
  },
  'PUT /v1/device-uploads/clips/:sha256': {
    crossTenant: { none: 'device-authenticated and content-addressed: no tenant id; a person is refused (malformed)' },
    malformed: (w) => [
      ...['not-hex', 'A'.repeat(64), 'a'.repeat(63), 'g'.repeat(64)].map((sha) => ({
        method: 'PUT' as const,
        url: `/v1/device-uploads/clips/${sha}`,
        headers: { authorization: `Device ${w.a.deviceId}`, 'content-type': 'video/mp4' },
        payload: Buffer.from('x'),
      })),
      {
        method: 'PUT',
        url: `/v1/device-uploads/clips/${'a'.repeat(64)}`,
        headers: { authorization: 'Device not-a-token', 'content-type': 'video/mp4' },
        payload: Buffer.from('x'),
      },
      {
        method: 'PUT',
        url: `/v1/device-uploads/clips/${'a'.repeat(64)}`,
        headers: { 'content-type': 'video/mp4' },
        payload: Buffer.from('x'),
      },
      {
        method: 'PUT',
        url: `/v1/device-uploads/clips/${'a'.repeat(64)}`,
        headers: { ...bearer(w.b.token), 'content-type': 'video/mp4' },
        payload: Buffer.from('x'),
      },
    ],
  },
};
