// The registry sites the extension reads by default, in one dependency-free file: the detectors match URLs
// against these hosts and the manifest derives its always-on content-script matches from them, so a
// registry added here is both recognised and scanned.

export const ANNUAIRE_ENTREPRISES_HOSTS = ['annuaire-entreprises.data.gouv.fr'];
export const PAPPERS_HOSTS = ['www.pappers.fr', 'pappers.fr'];
export const SOCIETE_COM_HOSTS = ['www.societe.com', 'societe.com'];
export const INFOGREFFE_HOSTS = ['www.infogreffe.fr', 'infogreffe.fr'];

export const REGISTRY_HOSTS: readonly string[] = [
  ...ANNUAIRE_ENTREPRISES_HOSTS,
  ...PAPPERS_HOSTS,
  ...SOCIETE_COM_HOSTS,
  ...INFOGREFFE_HOSTS,
];

/** Match patterns for the registry sites (https only: every one of them serves https). */
export const REGISTRY_MATCHES: readonly string[] = REGISTRY_HOSTS.map(
  (host) => `https://${host}/*`
);
