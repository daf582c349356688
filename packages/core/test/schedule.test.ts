import { describe, expect, it } from 'vitest';
import { checkDeliveryWindow, dayOffAt, localDate, localDayBounds, parseInstant } from '../src/index.js';

const at = (iso: string) => Date.parse(iso);

describe('checkDeliveryWindow', () => {
  const window = { start: '2026-06-01T09:00:00+01:00', end: '2026-06-01T11:00:00+01:00' };
  it('is inside from start (inclusive) to end (exclusive)', () => {
    expect(checkDeliveryWindow(window, at('2026-06-01T08:00:00Z')).position).toBe('inside');
    expect(checkDeliveryWindow(window, at('2026-06-01T09:59:59.999Z')).position).toBe('inside');
    expect(checkDeliveryWindow(window, at('2026-06-01T10:00:00Z')).position).toBe('after');
    expect(checkDeliveryWindow(window, at('2026-06-01T07:59:59.999Z')).position).toBe('before');
  });
  it('refuses instants without an offset and reversed windows', () => {
    expect(parseInstant('2026-06-01T09:00:00')).toBeNaN();
    expect(checkDeliveryWindow({ start: '2026-06-01T09:00:00', end: window.end }, 0).position).toBe('invalid');
    expect(checkDeliveryWindow({ start: window.end, end: window.start }, 0).position).toBe('invalid');
    expect(checkDeliveryWindow({ start: 'tomorrow', end: window.end }, 0).position).toBe('invalid');
  });
});

describe('localDate', () => {
  it('is the calendar date in the zone, not in UTC', () => {
    expect(localDate(at('2026-06-01T23:30:00Z'), 'Europe/London')).toBe('2026-06-02');
    expect(localDate(at('2026-06-01T03:30:00Z'), 'America/New_York')).toBe('2026-05-31');
    expect(localDate(at('2026-06-01T13:29:59Z'), 'Australia/Lord_Howe')).toBe('2026-06-01');
    expect(localDate(at('2026-06-01T13:30:00Z'), 'Australia/Lord_Howe')).toBe('2026-06-02');
  });
});

describe('days off across DST', () => {
  it('a spring-forward day in London is 23 hours long, all of it off', () => {
    const { startMs, endMs } = localDayBounds('2026-03-29', 'Europe/London');
    expect([new Date(startMs).toISOString(), (endMs - startMs) / 3_600_000]).toEqual(['2026-03-29T00:00:00.000Z', 23]);
    expect(dayOffAt(['2026-03-29'], startMs, 'Europe/London')).toBe('2026-03-29');
    expect(dayOffAt(['2026-03-29'], endMs - 1, 'Europe/London')).toBe('2026-03-29');
    expect(dayOffAt(['2026-03-29'], endMs, 'Europe/London')).toBeNull();
    expect(dayOffAt(['2026-03-29'], startMs - 1, 'Europe/London')).toBeNull();
  });
  it('a fall-back day in New York is 25 hours long, all of it off', () => {
    const { startMs, endMs } = localDayBounds('2026-11-01', 'America/New_York');
    expect([new Date(startMs).toISOString(), (endMs - startMs) / 3_600_000]).toEqual(['2026-11-01T04:00:00.000Z', 25]);
    expect(dayOffAt(['2026-11-01'], endMs - 1, 'America/New_York')).toBe('2026-11-01');
  });
  it('Lord Howe days are 23.5 and 24.5 hours long at its half-hour changes', () => {
    const spring = localDayBounds('2026-10-04', 'Australia/Lord_Howe');
    const autumn = localDayBounds('2026-04-05', 'Australia/Lord_Howe');
    expect((spring.endMs - spring.startMs) / 3_600_000).toBe(23.5);
    expect((autumn.endMs - autumn.startMs) / 3_600_000).toBe(24.5);
  });
  it('a day off is judged in the home zone: 23:30 UTC is already the next day in Paris', () => {
    expect(dayOffAt(['2026-07-14'], at('2026-07-13T22:30:00Z'), 'Europe/Paris')).toBe('2026-07-14');
    expect(dayOffAt(['2026-07-14'], at('2026-07-13T22:30:00Z'), 'Europe/London')).toBeNull();
  });
});
