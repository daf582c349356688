import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

// Counts the statements the platform sends to its database, by kind (SelectQueryNode, InsertQueryNode, …) and by
// kind and table (`select visits`), so the benchmark can say how many a visit costs and where they go. A Kysely
// plugin sees every query built or raw; BEGIN/COMMIT are not queries to it and are not counted.

/** The first table a statement names (`from`, `into`, `update`), or `?` for raw SQL. */
function tableOf(node: RootOperationNode): string {
  const named = (n: OperationNode | undefined): string | undefined => {
    if (!n) return undefined;
    if (n.kind === 'TableNode')
      return (n as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
    if (n.kind === 'AliasNode') return named((n as unknown as { node: OperationNode }).node);
    return undefined;
  };
  const any = node as unknown as {
    from?: { froms: OperationNode[] };
    into?: OperationNode;
    table?: OperationNode;
  };
  return named(any.into) ?? named(any.table) ?? named(any.from?.froms[0]) ?? '?';
}

/** The platform's functions that asked for a statement: the first frames outside the store, up to three. */
function callerOf(stack: string): string {
  const frames = stack
    .split('\n')
    .slice(1)
    .map((l) => /at (?:async )?(\S+) \(.*?packages\/server\/(?:dist|src)\/(.+?):\d+:\d+\)/.exec(l))
    .filter((m) => m !== null && !m[2]!.startsWith('store/'))
    .slice(0, 3)
    .map((m) => `${m![1]}@${m![2]}`);
  return frames.join(' < ') || '?';
}

export class QueryCounter {
  /** Also count by calling function (`BENCH_STATEMENT_SITES=1`): slower, for finding where statements come from. */
  private readonly sites = process.env.BENCH_STATEMENT_SITES === '1';
  private counts = new Map<string, number>();
  private readonly started = new Map<unknown, { site: string; at: number }>();
  private tables = new Map<string, number>();

  readonly plugin: KyselyPlugin = {
    transformQuery: (args: PluginTransformQueryArgs): RootOperationNode => {
      const kind = args.node.kind;
      this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
      const key = `${kind.replace('QueryNode', '').replace('Node', '').toLowerCase()} ${tableOf(args.node)}`;
      this.tables.set(key, (this.tables.get(key) ?? 0) + 1);
      if (this.sites) {
        const site = `${key} ← ${callerOf(new Error().stack ?? '')}`;
        this.tables.set(site, (this.tables.get(site) ?? 0) + 1);
        this.started.set(args.queryId, { site, at: performance.now() });
      }
      return args.node;
    },
    transformResult: async (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => {
      const started = this.started.get(args.queryId);
      if (started) {
        this.started.delete(args.queryId);
        const key = `ms ${started.site}`;
        this.tables.set(key, (this.tables.get(key) ?? 0) + performance.now() - started.at);
      }
      return args.result;
    },
  };

  /** The counts since the last call: by kind, and by kind and table. */
  take(): { byKind: Record<string, number>; byTable: Record<string, number> } {
    const out = { byKind: Object.fromEntries(this.counts), byTable: Object.fromEntries(this.tables) };
    this.counts = new Map();
    this.tables = new Map();
    return out;
  }
}
