import type { ColumnType, Selectable } from 'kysely';

// Row types for the tables of migrations/20261202-0080-buildings.ts (docs/buildings.md).

export interface BuildingsTable {
  id: string;
  organisation_id: string;
  name: string;
  home_id: string;
  created_at: string;
}

export interface BuildingEntrancesTable {
  id: string;
  building_id: string;
  kind: 'lobby' | 'package_room';
  lat: number;
  lon: number;
  radius_m: number;
  created_at: string;
}

export interface BuildingUnitsTable {
  id: string;
  building_id: string;
  label: string;
  home_id: string;
  building_delivery: ColumnType<number, number | undefined, number>;
  created_at: string;
}

export interface BuildingCarrierAccessTable {
  id: string;
  building_id: string;
  entrance_id: string;
  organisation_id: string;
  windows: string;
  granted_by: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface BuildingEntriesTable {
  id: string;
  building_id: string;
  entrance_id: string;
  organisation_id: string;
  outcome: 'admitted' | 'denied';
  failed_checks: string;
  at: string;
}

export interface BuildingTables {
  buildings: BuildingsTable;
  building_entrances: BuildingEntrancesTable;
  building_units: BuildingUnitsTable;
  building_carrier_access: BuildingCarrierAccessTable;
  building_entries: BuildingEntriesTable;
}

export type BuildingRow = Selectable<BuildingsTable>;
export type EntranceRow = Selectable<BuildingEntrancesTable>;
export type UnitRow = Selectable<BuildingUnitsTable>;
export type CarrierAccessRow = Selectable<BuildingCarrierAccessTable>;
export type EntryRow = Selectable<BuildingEntriesTable>;
