/** The publisher, as the site names it in titles, metadata and the footer. */
export const SITE_NAME = 'WCO Asia/Pacific Regional Office for Capacity Building (ROCB A/P)';
export const SITE_SHORT_NAME = 'ROCB A/P';

/** The sections in the main navigation, in order; `match` is the path prefix that marks one current. */
export const NAVIGATION = [
  { label: 'Annual reports', href: '/reports/' },
  { label: 'Newsletters', href: '/newsletters/' },
  { label: 'Surveys', href: '/surveys/' },
  { label: 'Activities', href: '/activities/' },
  { label: 'Work plans', href: '/work-plans/' },
  { label: 'Members', href: '/members/' },
  { label: 'People', href: '/people/' },
  { label: 'Glossary', href: '/glossary/' },
] as const;
