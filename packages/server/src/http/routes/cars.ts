import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { isTerminal } from '@threshold/core';
import { Type } from 'typebox';
import { changeCar, registerCar, removeCar, vehicleOf } from '../../services/cars.js';
import { fail } from '../../services/failure.js';
import { homeFor } from '../../services/home-access.js';
import { visitForCourier } from '../../services/visits/access.js';
import { parseVisit } from '../../services/visits/runner.js';
import { findCarAt, findCarOfHome } from '../../store/cars-repo.js';
import { unwrap } from '../outcome.js';
import { IdSchema, problems, USER_SECURITY } from '../schemas.js';
import { CarFieldsSchema, CarView, CourierCarView, presentCar, presentCourierCar } from './cars-view.js';
import { HomeParams } from './homes.js';

// The customer's car (docs/car-boot.md): only the home's owner registers, changes, blocks or removes it; its
// members read it with the vehicle's last report; the courier of a live visit to it sees where it is.

const VisitParams = Type.Object({ visitId: IdSchema('visit') }, { additionalProperties: false });
const tags = ['cars'];

export const carRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/homes/:homeId/car',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Register the home's car (owner); makes its car-boot access point for the vehicle to pair to",
        security: USER_SECURITY,
        params: HomeParams,
        body: Type.Object(CarFieldsSchema, { additionalProperties: false }),
        response: { 201: CarView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const home = unwrap(
        await homeFor(app.services, request.principal, request.params.homeId, 'manage_access_points'),
      );
      const car = unwrap(await registerCar(app.services, home, request.body));
      return reply.code(201).send(presentCar(car, null));
    },
  );

  app.get(
    '/homes/:homeId/car',
    {
      schema: {
        tags,
        summary: "The home's car with the vehicle's last report (position, parked, boot)",
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: CarView, ...problems(401, 404) },
      },
    },
    async (request) => {
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'read'));
      const car = await findCarOfHome(app.services.db, home.id);
      if (!car) return unwrap(fail('not-found', 'This home has no car'));
      return presentCar(car, await vehicleOf(app.services, car));
    },
  );

  app.patch(
    '/homes/:homeId/car',
    {
      schema: {
        tags,
        summary: 'Change the car, its days or where it parks, or block car access (owner; takes effect at once)',
        security: USER_SECURITY,
        params: HomeParams,
        body: Type.Partial(Type.Object({ ...CarFieldsSchema, blocked: Type.Boolean() }), {
          additionalProperties: false,
          minProperties: 1,
        }),
        response: { 200: CarView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const home = unwrap(
        await homeFor(app.services, request.principal, request.params.homeId, 'manage_access_points'),
      );
      const car = unwrap(await changeCar(app.services, home, request.body));
      return presentCar(car, await vehicleOf(app.services, car));
    },
  );

  app.delete(
    '/homes/:homeId/car',
    {
      schema: {
        tags,
        summary: 'Remove the car and its access point (owner; unpair the vehicle first)',
        security: USER_SECURITY,
        params: HomeParams,
        response: { 204: Type.Null(), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const home = unwrap(
        await homeFor(app.services, request.principal, request.params.homeId, 'manage_access_points'),
      );
      unwrap(await removeCar(app.services, home));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/visits/:visitId/car',
    {
      schema: {
        tags,
        summary: "The car of the caller's live visit and where it last reported being (its courier only)",
        security: USER_SECURITY,
        params: VisitParams,
        response: { 200: CourierCarView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const row = unwrap(await visitForCourier(app.services.db, request.principal, request.params.visitId));
      const car = await findCarAt(app.services.db, row.access_point_id);
      if (!car) return unwrap(fail('not-found', 'This visit is not to a car'));
      // Where a customer's car stands is shown only while the visit is live.
      if (isTerminal(parseVisit(row))) return unwrap(fail('conflict', 'The visit is over', { reason: 'visit_ended' }));
      return presentCourierCar(car, await vehicleOf(app.services, car));
    },
  );
};
