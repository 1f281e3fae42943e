/** The sub-regions' names as the contact table prints them. */
export const SUB_REGION_NAMES: Record<string, string> = {
  ECWA: 'East, Central and West Asia',
  PI: 'Pacific Islands',
  SA: 'South Asia',
  SEA: 'Southeast Asia',
};
