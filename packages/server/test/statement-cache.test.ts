import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachingDatabase } from '../src/store/statement-cache.js';

function opened(size: number) {
  const raw = new SqliteDatabase(':memory:');
  raw.exec('create table t (n integer); insert into t values (1), (2), (3)');
  return { raw, db: cachingDatabase(raw, size) };
}

describe('statement cache', () => {
  it('hands out the statement prepared before for the same SQL, and another for other SQL', () => {
    const { db } = opened(4);
    const first = db.prepare('select n from t');
    expect(db.prepare('select n from t')).toBe(first);
    expect(db.prepare('select n from t where n = ?')).not.toBe(first);
    expect(first.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('keeps at most `size` statements, evicting the least recently used', () => {
    const { db } = opened(2);
    const a = db.prepare('select 1');
    const b = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a); // a is now more recent than b
    db.prepare('select 3'); // evicts b
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
  });

  it('prepares a fresh statement while the cached one is still being iterated', () => {
    const { db } = opened(4);
    const sql = 'select n from t order by n';
    const streaming = db.prepare(sql);
    const rows = streaming.iterate([]);
    expect(rows.next().value).toEqual({ n: 1 });
    const other = db.prepare(sql);
    expect(other).not.toBe(streaming);
    expect(other.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect([...rows]).toEqual([{ n: 2 }, { n: 3 }]);
    expect(db.prepare(sql)).toBe(streaming); // done iterating: the cached one is reused again
  });

  it('closes the database', () => {
    const { raw, db } = opened(4);
    db.prepare('select 1');
    db.close();
    expect(raw.open).toBe(false);
  });
});
