import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

// Counts the statements the platform sends to its database, by kind (SelectQueryNode, InsertQueryNode, …), so the
// benchmark can say how many a visit costs. A Kysely plugin sees every query built or raw; BEGIN/COMMIT are not
// queries to it and are not counted.

export class QueryCounter implements KyselyPlugin {
  private counts = new Map<string, number>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.counts.set(args.node.kind, (this.counts.get(args.node.kind) ?? 0) + 1);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }

  /** The counts since the last call. */
  take(): Record<string, number> {
    const out = Object.fromEntries(this.counts);
    this.counts = new Map();
    return out;
  }
}
