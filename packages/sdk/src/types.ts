import type { paths } from './generated/schema.js';

// Names for the wire shapes, taken from the generated routes so they cannot drift from them.

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** What `METHOD path` answers with `status` (default 200). */
export type ResponseOf<
  P extends keyof paths,
  M extends Method & keyof paths[P],
  S extends number = 200,
> = paths[P][M] extends { responses: infer R } ? (S extends keyof R ? JsonOf<R[S]> : never) : never;

/** The JSON body `METHOD path` takes. */
export type RequestBodyOf<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? JsonOf<NonNullable<B>>
  : never;

type ItemOf<T> = T extends { items: Array<infer Item> } ? Item : never;

export type Me = ResponseOf<'/v1/me', 'get'>;
export type User = Me['user'];
export type Home = ResponseOf<'/v1/homes/{homeId}', 'get'>;
export type AccessPoint = ItemOf<ResponseOf<'/v1/homes/{homeId}/access-points', 'get'>>;
export type Device = ItemOf<ResponseOf<'/v1/homes/{homeId}/devices', 'get'>>;
export type Preferences = ResponseOf<'/v1/homes/{homeId}/preferences', 'get'>;
export type Alert = ItemOf<ResponseOf<'/v1/homes/{homeId}/alerts', 'get'>>;
export type Visit = ItemOf<ResponseOf<'/v1/homes/{homeId}/visits', 'get'>>;
export type VisitDetail = ResponseOf<'/v1/visits/{visitId}', 'get'>;
export type Delivery = ResponseOf<'/v1/deliveries/{deliveryId}', 'get'>;
export type Stop = ItemOf<ResponseOf<'/v1/courier/stops', 'get'>>;
export type Arrival = ResponseOf<'/v1/deliveries/{deliveryId}/arrive', 'post', 201>;
export type UnlockOutcome = ResponseOf<'/v1/visits/{visitId}/unlock', 'post'>;
export type Position = RequestBodyOf<'/v1/deliveries/{deliveryId}/arrive', 'post'>['position'];
