export {
  FULL_SCALE,
  QUICK_SCALE,
  type SeedManifest,
  type SeedScale,
  type SeedTarget,
} from './seed-scale';
export { seedLargeLoad, MANIFEST_FILE } from './seed-large-load';
export { seededLoad, dropSeededLoads, type SeededLoad } from './seeded-load';
