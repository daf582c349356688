#!/usr/bin/env node
import { readFileSync } from 'node:fs';

// `node bench/dist/profile-summary.js FILE.cpuprofile`: where a V8 CPU profile (`node --cpu-prof`) spent its time,
// as self time per function and per place (a dependency, or one of our packages' files). docs/performance.md.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const TOP = 25;

/** `node_modules/<pkg>` or `packages/<pkg>/dist/<file>`, `node:internal`, or the V8 pseudo-frames. */
export function placeOf(url: string): string {
  if (url === '') return '(native / V8)';
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dep) return `${dep[1]}/${url.split('/').pop()}`;
  const ours = /packages\/([^/]+)\/dist\/(.+)$/.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  return url.startsWith('node:') ? url.split('/').slice(0, 2).join('/') : url.replace(/^file:\/\/.*\//, '');
}

function selfTimes(profile: Profile): Map<number, number> {
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  return self;
}

function table(title: string, totals: Map<string, number>, all: number): string[] {
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  return [
    title,
    ...rows.map(
      ([k, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / all).toFixed(1).padStart(5)} %  ${k}`,
    ),
  ];
}

export function summarizeProfile(profile: Profile): string[] {
  const self = selfTimes(profile);
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    const place = placeOf(node.callFrame.url);
    const fn = `${node.callFrame.functionName || '(anonymous)'}  ${place}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
  }
  const all = profile.endTime - profile.startTime;
  return [
    `profile ${(all / 1e6).toFixed(1)} s`,
    ...table('self time by place', byPlace, all),
    '',
    ...table('self time by function', byFunction, all),
  ];
}

const file = process.argv[2];
if (file) console.log(summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile).join('\n'));
else console.error('usage: node bench/dist/profile-summary.js FILE.cpuprofile');
