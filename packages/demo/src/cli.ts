#!/usr/bin/env node
import { parseArgs, USAGE } from './args.js';
import { DeliveryFlow } from './flow.js';
import { ApiClient, StepFailed } from './http-client.js';
import { consoleReport } from './report.js';
import { SCENARIOS } from './scenarios.js';
import { loadSettings } from './settings.js';
import { discoverWorld } from './world.js';

// `npm run demo -- delivery [--scenario …]`: an in-home delivery against a running platform (`npm start`), through
// its public API only. Exit code 0 when every step behaved as expected, 1 when one did not, 2 for bad usage.

async function main(argv: readonly string[]): Promise<number> {
  const scenario = parseArgs(argv);
  if (scenario === null) {
    console.error(USAGE);
    return 2;
  }
  const settings = loadSettings();
  const report = consoleReport();
  const api = new ApiClient(settings.apiUrl);
  report.step(`Scenario ${scenario}: platform ${settings.apiUrl}, devices ${settings.devicesUrl}`);
  try {
    const world = await discoverWorld(api, settings, report);
    report.ok(`demo home ${world.home.id}: front door ${world.doorId}, lock ${world.lockId}, camera ${world.cameraId}`);
    const flow = new DeliveryFlow(api, new ApiClient(settings.devicesUrl), world, report);
    await SCENARIOS[scenario]!(flow, report, settings.apiUrl);
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
