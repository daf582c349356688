#!/usr/bin/env node
import { parseArgs, USAGE } from './args.js';
import { CAR_SCENARIOS, CarFlow } from './car-scenarios.js';
import { DeliveryFlow } from './flow.js';
import { GARAGE_SCENARIOS } from './garage-scenarios.js';
import { ApiClient, expectOk, StepFailed, sdkAs } from './http-client.js';
import { LOBBY_SCENARIOS, lobbyFlow } from './lobby-scenarios.js';
import { LockerFlow } from './locker-flow.js';
import { LOCKER_SCENARIOS } from './locker-scenarios.js';
import { PACKAGE_ROOM_SCENARIOS } from './package-room-scenarios.js';
import { consoleReport, type Report } from './report.js';
import { SCENARIOS } from './scenarios.js';
import { ServiceFlow } from './service-flow.js';
import { SERVICE_SCENARIOS } from './service-scenarios.js';
import { DEMO_PEOPLE, loadSettings, type Settings } from './settings.js';
import { type DemoWorld, discoverWorld, signIn } from './world.js';

// `npm run demo -- delivery|service [--method …] [--scenario …]`: a delivery (front door, garage, car, locker, a
// building's lobby or package room), or a
// cleaner's visit under a grant, against
// a running platform (`npm start`), through its public API only. Exit code 0 when every step behaved as expected, 1
// when one did not, 2 for bad usage.

/** The demo worker, signed in, and the service provider they work for. */
async function serviceFlow(settings: Settings, world: DemoWorld, report: Report) {
  const { as } = await signIn(settings.apiUrl, DEMO_PEOPLE.worker, 'sign in as the demo worker');
  const me = await expectOk(sdkAs(settings.apiUrl, as).api.GET('/v1/me'), 'read the worker');
  const org = me.organisations.find((o) => o.kind === 'service_provider' && o.role === 'worker');
  if (!org) throw new StepFailed('the demo worker works for no service provider');
  report.ok(`demo worker ${me.user.id} of ${org.id}`);
  return new ServiceFlow(
    settings.apiUrl,
    new ApiClient(settings.devicesUrl),
    world,
    { as, userId: me.user.id, organisationId: org.id },
    report,
  );
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed === null) {
    console.error(USAGE);
    return 2;
  }
  const { command, scenario, method } = parsed;
  const settings = loadSettings();
  const report = consoleReport();
  report.step(`Scenario ${scenario}: platform ${settings.apiUrl}, devices ${settings.devicesUrl}`);
  try {
    const world = await discoverWorld(settings.apiUrl, settings, report);
    report.ok(`demo home ${world.home.id}: front door ${world.doorId}, lock ${world.lockId}, camera ${world.cameraId}`);
    if (command === 'service') {
      await SERVICE_SCENARIOS[scenario]!(await serviceFlow(settings, world, report), report, settings.grantId);
    } else {
      const devices = new ApiClient(settings.devicesUrl);
      const flow = new DeliveryFlow(settings.apiUrl, devices, world, report);
      if (method === 'car') {
        await CAR_SCENARIOS[scenario]!(new CarFlow(settings.apiUrl, devices, flow, report), report);
      } else if (method === 'locker') {
        const operator = await signIn(settings.apiUrl, DEMO_PEOPLE.operator, 'sign in as the demo locker operator');
        const lockers = new LockerFlow(settings.apiUrl, devices, flow, sdkAs(settings.apiUrl, operator.as), report);
        await LOCKER_SCENARIOS[scenario]!(lockers, report);
      } else if (method === 'lobby' || method === 'package_room') {
        const manager = await signIn(settings.apiUrl, DEMO_PEOPLE.manager, 'sign in as the demo building manager');
        const as = sdkAs(settings.apiUrl, manager.as);
        const entrance = await lobbyFlow(settings.apiUrl, devices, flow, as, report, method);
        await (method === 'lobby' ? LOBBY_SCENARIOS : PACKAGE_ROOM_SCENARIOS)[scenario]!(entrance, report);
      } else {
        const scenarios = method === 'garage' ? GARAGE_SCENARIOS : SCENARIOS;
        await scenarios[scenario]!(flow, report, settings.apiUrl);
      }
    }
    report.step(`PASS ${scenario}`);
    return 0;
  } catch (error) {
    if (error instanceof StepFailed) report.step(`FAIL ${scenario}: ${error.message}`);
    else if (error instanceof TypeError)
      report.step(
        `FAIL ${scenario}: cannot reach the platform or the devices (${error.message}); is \`npm start\` running?`,
      );
    else throw error;
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
