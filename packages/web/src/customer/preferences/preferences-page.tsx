import { fetchPreferences, listAccessPoints } from '../../api/endpoints.js';
import { useResource } from '../../hooks/use-resource.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { useHome } from '../home-context.js';
import { Household, OwnerOnly } from '../household/household.js';
import { NotificationSettings } from './notification-settings.js';
import { PreferencesForm } from './preferences-form.js';

async function load(homeId: string, signal: AbortSignal) {
  const [prefs, doors] = await Promise.all([fetchPreferences(homeId, signal), listAccessPoints(homeId, signal)]);
  if (!prefs.ok) return prefs;
  if (!doors.ok) return doors;
  return { ok: true as const, value: { prefs: prefs.value, doors: doors.value.items } };
}

export function PreferencesPage() {
  const home = useHome();
  const [data, reload] = useResource((signal) => load(home.id, signal), [home.id]);
  return (
    <>
      <PageHeader title="Delivery preferences" />
      <div className="card narrow">
        <ResourceView resource={data} retry={reload} label="Loading your preferences">
          {({ prefs, doors }) => (
            <OwnerOnly homeId={home.id}>
              <PreferencesForm homeId={home.id} doors={doors} initial={prefs} />
            </OwnerOnly>
          )}
        </ResourceView>
      </div>
      <NotificationSettings homeTimeZone={home.timeZone} />
      <Household />
    </>
  );
}
