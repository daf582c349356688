import type { ColumnType } from 'kysely';

// Row types for the tables of migrations/20261202-0041-cars.ts (docs/car-boot.md).

export interface CarsTable {
  id: string;
  home_id: string;
  /** The `car_boot` access point made with the car: visits and the vehicle's pairing go through it. */
  access_point_id: string;
  make: string;
  colour: string;
  plate: string;
  photo: string | null;
  /** JSON array of ISO weekdays (1 = Monday) on which in-car delivery is allowed. */
  allowed_weekdays: string;
  blocked: ColumnType<number, number | undefined, number>;
  parking_lat: number;
  parking_lon: number;
  parking_max_m: number;
  boot_length_cm: number;
  boot_width_cm: number;
  boot_height_cm: number;
  max_value_cents: number;
  created_at: string;
  updated_at: string;
}

export interface DeliveryParcelsTable {
  delivery_id: string;
  length_cm: number;
  width_cm: number;
  height_cm: number;
  value_cents: number;
}

export interface CarTables {
  cars: CarsTable;
  delivery_parcels: DeliveryParcelsTable;
}
