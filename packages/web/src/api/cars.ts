import type { RequestBodyOf, ResponseOf } from '@threshold/sdk';
import { newIdempotencyKey, settle, threshold } from './client.js';

// The home's car and its vehicle's last report (docs/car-boot.md), and the courier's view of it during a live visit.

export type Car = ResponseOf<'/v1/homes/{homeId}/car', 'get'>;
export type CourierCar = ResponseOf<'/v1/visits/{visitId}/car', 'get'>;
/** What the owner registers: make, colour, plate, photo, allowed days, where they park, the boot's size. */
export type CarFields = RequestBodyOf<'/v1/homes/{homeId}/car', 'post'>;

const { api } = threshold;

export const fetchCar = (homeId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/homes/{homeId}/car', { params: { path: { homeId } }, signal }));
export const setCarBlocked = (homeId: string, blocked: boolean) =>
  settle(api.PATCH('/v1/homes/{homeId}/car', { params: { path: { homeId } }, body: { blocked } }));
/** Registers the home's car (owner); the key makes a retried submit register it once. */
export const registerCar = (homeId: string, body: CarFields, key = newIdempotencyKey()) =>
  settle(
    api.POST('/v1/homes/{homeId}/car', { params: { path: { homeId }, header: { 'idempotency-key': key } }, body }),
  );
export const changeCar = (homeId: string, body: CarFields) =>
  settle(api.PATCH('/v1/homes/{homeId}/car', { params: { path: { homeId } }, body }));
export const removeCar = (homeId: string) =>
  settle(api.DELETE('/v1/homes/{homeId}/car', { params: { path: { homeId } } }));
export const fetchVisitCar = (visitId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/visits/{visitId}/car', { params: { path: { visitId } }, signal }));
