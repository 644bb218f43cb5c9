import { SOURCE_SILENCE, type SourceActivity } from './source-activity.ts';

/**
 * A firing alert on the status page: from Prometheus (PROMETHEUS_URL), or evaluated by the API
 * itself, named and worded as its rule in infra/monitoring/rules/newsflow.rules.yml (links
 * relative to the status page).
 */
export interface StatusAlert {
  alert: string;
  severity: string;
  summary: string;
  source: string | null;
  links: { statusPage: string; failures: string };
}

export function sourceSilentAlert(source: string, activity: SourceActivity): StatusAlert {
  const query = `?source=${encodeURIComponent(source)}`;
  return {
    alert: 'NewsflowSourceSilent',
    severity: 'warning',
    summary: `Source ${source} stopped producing: no new article in ${SOURCE_SILENCE.windowHours} h (about ${activity.usual} in the same hours before)`,
    source,
    links: { statusPage: `/${query}`, failures: `/${query}#failures` },
  };
}

export function serviceNotReadyAlert(service: { name: string; url: string }): StatusAlert {
  return {
    alert: 'NewsflowServiceNotReady',
    severity: 'critical',
    summary: `Service ${service.name} (${service.url}) is not ready`,
    source: null,
    links: { statusPage: '/', failures: `/?stage=${encodeURIComponent(service.name)}#failures` },
  };
}
