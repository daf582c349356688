import type { ResponseOf } from '@threshold/sdk';
import { settle, threshold } from './client.js';

// The home's car and its vehicle's last report (docs/car-boot.md), and the courier's view of it during a live visit.

export type Car = ResponseOf<'/v1/homes/{homeId}/car', 'get'>;
export type CourierCar = ResponseOf<'/v1/visits/{visitId}/car', 'get'>;

const { api } = threshold;

export const fetchCar = (homeId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/homes/{homeId}/car', { params: { path: { homeId } }, signal }));
export const setCarBlocked = (homeId: string, blocked: boolean) =>
  settle(api.PATCH('/v1/homes/{homeId}/car', { params: { path: { homeId } }, body: { blocked } }));
export const fetchVisitCar = (visitId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/visits/{visitId}/car', { params: { path: { visitId } }, signal }));
