import type { ReactNode } from 'react';
import type { Me } from '../api/types.js';
import { BuildingPage } from '../buildings/manager/building-page.js';
import { BuildingsPage } from '../buildings/manager/buildings-page.js';
import { SitePage } from '../lockers/operator/site-page.js';
import { SitesPage } from '../lockers/operator/sites-page.js';
import { match } from '../routing/router.js';
import type { NavItem } from '../shell.js';

// The views a person has because of the organisations they belong to, by organisation kind: one entry in the main
// navigation and the pages under it. A kind with views adds one entry here.

type OrganisationKind = Me['organisations'][number]['kind'];

interface OrganisationView {
  kind: OrganisationKind;
  nav: NavItem;
  /** The page for `path`, or null when the path is not this view's. */
  page(path: string): ReactNode | null;
}

const VIEWS: OrganisationView[] = [
  {
    kind: 'locker_operator',
    nav: { href: '/lockers', label: 'Locker sites' },
    page(path) {
      if (path === '/lockers') return <SitesPage />;
      const site = match('/lockers/:siteId', path);
      return site ? <SitePage siteId={site.siteId!} /> : null;
    },
  },
  {
    kind: 'building_manager',
    nav: { href: '/buildings', label: 'Buildings' },
    page(path) {
      if (path === '/buildings') return <BuildingsPage />;
      const building = match('/buildings/:buildingId', path);
      return building ? <BuildingPage buildingId={building.buildingId!} /> : null;
    },
  },
];

const viewsOf = (me: Me) => {
  const kinds = new Set(me.organisations.map((o) => o.kind));
  return VIEWS.filter((v) => kinds.has(v.kind));
};

export const organisationNav = (me: Me): NavItem[] => viewsOf(me).map((v) => v.nav);

export function organisationPage(me: Me, path: string): ReactNode | null {
  for (const view of viewsOf(me)) {
    const page = view.page(path);
    if (page) return page;
  }
  return null;
}
