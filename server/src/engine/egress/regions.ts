/**
 * Cloud region strings (regions.json), by family: "ap-southeast-1" is Singapore for AWS and Aliyun alike, but the
 * same string means Hong Kong to another cloud, so a string is read only within the family its SDK uses.
 */
import type { RegionFamily } from './types';
import data from './regions.json';

export const REGION_FAMILIES: Readonly<Record<string, RegionFamily>> = (data as { families: Record<string, RegionFamily> }).families;

/** The ISO code (or "domestic") of a region string of a family, reading through its prefixes (oss-cn-hangzhou). */
export function regionCountry(family: string, value: string): { region: string; code: string } | undefined {
  const f = REGION_FAMILIES[family];
  if (!f) return undefined;
  const v = value.trim().toLowerCase();
  const direct = f.regions[v];
  if (direct) return { region: v, code: direct };
  for (const p of f.prefixes ?? []) {
    if (!v.startsWith(p)) continue;
    const code = f.regions[v.slice(p.length)];
    if (code) return { region: v.slice(p.length), code };
  }
  return undefined;
}

/**
 * A region string of the family inside a host name: a whole label (s3.ap-southeast-1.amazonaws.com,
 * cos.ap-guangzhou.myqcloud.com), a label with a prefix of the family (oss-cn-hangzhou.aliyuncs.com), or a label's
 * dash-separated head or tail (us-central1-aiplatform.googleapis.com, s3-eu-west-1.amazonaws.com).
 */
export function regionInHost(family: string, host: string): { region: string; code: string } | undefined {
  if (!REGION_FAMILIES[family]) return undefined;
  for (const label of host.split('.')) {
    const whole = regionCountry(family, label);
    if (whole) return whole;
    for (let i = label.indexOf('-'); i > 0; i = label.indexOf('-', i + 1)) {
      const found = regionCountry(family, label.slice(0, i)) ?? regionCountry(family, label.slice(i + 1));
      if (found) return found;
    }
  }
  return undefined;
}
